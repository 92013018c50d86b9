package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Departure;

/**
 * "刚才撤销错了" gives back what the sender's latest undo took back, takes back what that undo had put
 * back, and can itself be undone; a message that also gives figures of its own changes nothing and says
 * which records are meant. On the games sample, read by the real parser.
 */
class RedoOfAnUndoTest {
    private static final Event EVENT = SampleEvents.games();
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private void movedThenUndone() {
        f.say("tian", "2026-11-23T09:00", "湖北那10个人下午3点走");
        f.say("tian", "2026-11-23T09:01", "湖北那10个人改成下午4点走了");
        f.say("tian", "2026-11-23T09:02", "撤销");
    }

    private LocalTime hubeiLeaves() {
        return f.ledger.activeMovements().stream()
                .map(Entry::record)
                .map(r -> ((Departure) r).time())
                .reduce((a, b) -> {
                    throw new AssertionError("two departures in force: " + a + ", " + b);
                })
                .orElseThrow();
    }

    @Test
    void aRedoGivesBackTheMovedDepartureAndTakesBackTheOneTheUndoPutBack() {
        movedThenUndone();

        String redone = f.answerTo("tian", "2026-11-23T09:03", "撤销错了 恢复一下");

        assertThat(redone)
                .startsWith("已恢复刚才撤销的记录：湖北省代表团 11月23日（周一）16:00 离开 10人")
                .contains("原记录（已替换）：湖北省代表团 11月23日（周一）15:00 离开 10人");
        assertThat(hubeiLeaves()).isEqualTo(LocalTime.of(16, 0));
    }

    @Test
    void aRedoIsDoneOnceAndAnUndoAfterItTakesItBackAgain() {
        movedThenUndone();
        f.say("tian", "2026-11-23T09:03", "刚才撤销错了");

        assertThat(f.answerTo("tian", "2026-11-23T09:04", "刚才撤销错了")).isEqualTo("刚才撤销的记录已恢复，未重复记录。");
        assertThat(f.answerTo("tian", "2026-11-23T09:05", "撤销")).startsWith("已撤销：湖北省代表团 11月23日（周一）16:00 离开 10人");
        assertThat(hubeiLeaves()).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void aRedoWithFiguresOfItsOwnChangesNothingAndNamesBothRecords() {
        movedThenUndone();

        String answer = f.answerTo("tian", "2026-11-23T09:03", "湖北那10个人还是下午3点走 坐G571 刚才撤销错了");

        assertThat(answer)
                .startsWith("未作变更：")
                .contains("刚才撤销的是：湖北省代表团 11月23日（周一）16:00 离开 10人")
                .contains("现有记录：湖北省代表团 11月23日（周一）15:00 离开 10人")
                .doesNotContain("午餐");
        assertThat(hubeiLeaves()).isEqualTo(LocalTime.of(15, 0));
        assertThat(f.diners(MONDAY, "LUNCH", "hubei")).isEqualTo(60);
    }

    @Test
    void aRedoAfterAnUndoneCorrectionGivesTheCorrectedFigureBack() {
        f.say("hunan", "2026-11-23T09:00", "湖南晚饭30人");
        f.say("hunan", "2026-11-23T09:01", "不对，是29人");
        f.say("hunan", "2026-11-23T09:02", "撤销");

        assertThat(f.answerTo("hunan", "2026-11-23T09:03", "刚才撤销错了"))
                .startsWith("已恢复刚才撤销的记录：湖南省代表团 11月23日（周一）晚餐 报餐29人，晚餐29人");
        assertThat(f.diners(MONDAY, "DINNER", "hunan")).isEqualTo(29);
    }

    @Test
    void aRedoWithNoUndoSaysSoAndRecordsNothing() {
        assertThat(f.answerTo("hunan", "2026-11-23T09:00", "刚才撤销错了")).isEqualTo("没有找到您撤销过的记录，未作恢复。如需记录，请重新发送。");
        assertThat(f.ledger.activeMovements()).isEmpty();
    }

    @Test
    void anotherSendersUndoIsNotRedone() {
        f.say("hunan", "2026-11-23T09:00", "今晚少5人");
        f.say("hunan", "2026-11-23T09:01", "撤销");

        assertThat(f.answerTo("hubei", "2026-11-23T09:02", "刚才撤销错了")).startsWith("没有找到您撤销过的记录");
        assertThat(f.diners(MONDAY, "DINNER", "hunan")).isEqualTo(35);
    }
}
