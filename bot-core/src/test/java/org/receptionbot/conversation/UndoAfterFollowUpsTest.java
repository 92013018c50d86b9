package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;

/**
 * "撤销" right after a follow-up takes back the change that follow-up made: a correction of a figure
 * (its report's figure comes back), a figure corrected in answer to a confirm prompt, the delegation a
 * coordinator's question asked for, a 确认 and a coordinator's choice. On the games sample, read by the real parser.
 */
class UndoAfterFollowUpsTest {
    private static final Event EVENT = SampleEvents.games();
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private int dinner(String delegation) {
        return f.diners(MONDAY, "DINNER", delegation);
    }

    @Test
    void undoAfterACorrectionPutsBackTheFigureItCorrected() {
        f.say("hunan", "2026-11-23T09:00", "湖南晚饭30人");
        f.say("hunan", "2026-11-23T09:01", "不对，是29人");

        String undone = f.answerTo("hunan", "2026-11-23T09:02", "撤销");

        assertThat(undone).startsWith("已撤销：湖南省代表团 11月23日（周一）晚餐 报餐29人，晚餐恢复为30人");
        assertThat(dinner("hunan")).isEqualTo(30);
    }

    @Test
    void aSecondUndoAfterTheCorrectionSaysItWasUndoneAndLeavesTheReport() {
        f.say("hunan", "2026-11-23T09:00", "湖南晚饭30人");
        f.say("hunan", "2026-11-23T09:01", "改成29");
        f.say("hunan", "2026-11-23T09:02", "撤销");

        assertThat(f.answerTo("hunan", "2026-11-23T09:03", "撤销")).isEqualTo("没有可以撤销的记录（可能已经撤销过）。");
        assertThat(dinner("hunan")).isEqualTo(30);
    }

    @Test
    void theReportCanStillBeUndoneByReplyAfterItsCorrectionWasUndone() {
        var report = f.say("hunan", "2026-11-23T09:00", "湖南晚饭30人");
        f.say("hunan", "2026-11-23T09:01", "不对，是29人");
        f.say("hunan", "2026-11-23T09:02", "撤销");

        f.replyTo("hunan", "2026-11-23T09:03", "撤销", report.messageId());

        assertThat(f.lastTo(ConversationFixture.GROUP).text()).startsWith("已撤销：湖南省代表团 11月23日（周一）晚餐 报餐30人，晚餐恢复为35人");
        assertThat(dinner("hunan")).isEqualTo(35);
    }

    @Test
    void undoAfterAFigureCorrectedInAnswerToAConfirmPromptTakesBackThatFigure() {
        f.say("hunan", "2026-11-23T09:00", "今晚290人");
        f.say("hunan", "2026-11-23T09:01", "不对，是29人");
        assertThat(dinner("hunan")).isEqualTo(29);

        assertThat(f.answerTo("hunan", "2026-11-23T09:02", "撤销")).startsWith("已撤销：湖南省代表团 11月23日（周一）晚餐 报餐29人，晚餐恢复为35人");
        assertThat(dinner("hunan")).isEqualTo(35);
    }

    @Test
    void undoAfterTheDelegationACoordinatorWasAskedForTakesBackWhatItRecorded() {
        f.say("tian", "2026-11-23T09:00", "晚饭少5人");
        f.say("tian", "2026-11-23T09:01", "湖北");
        assertThat(dinner("hubei")).isEqualTo(55);

        assertThat(f.answerTo("tian", "2026-11-23T09:02", "撤销")).startsWith("已撤销：湖北省代表团 11月23日（周一）晚餐 减少5人，晚餐恢复为60人");
        assertThat(dinner("hubei")).isEqualTo(60);
    }

    @Test
    void undoAfterAConfirmationTakesBackTheConfirmedFigure() {
        f.say("hunan", "2026-11-23T09:00", "今晚290人");
        f.say("hunan", "2026-11-23T09:01", "确认");

        assertThat(f.answerTo("hunan", "2026-11-23T09:02", "撤销")).startsWith("已撤销：湖南省代表团 11月23日（周一）晚餐 报餐290人，晚餐恢复为35人");
    }

    @Test
    void undoAfterACoordinatorsChoiceTakesBackTheChoiceAndKeepsTheLiaisonsFigure() {
        f.say("hunan", "2026-11-23T09:00", "今晚30人");
        f.say("tian", "2026-11-23T09:01", "湖南今晚照常");
        f.say("tian", "2026-11-23T09:02", "按原计划");
        assertThat(dinner("hunan")).isEqualTo(35);

        assertThat(f.answerTo("tian", "2026-11-23T09:03", "撤销")).startsWith("已撤销：湖南省代表团 11月23日（周一）晚餐 按原计划，晚餐恢复为30人");
        assertThat(dinner("hunan")).isEqualTo(30);
    }

    @Test
    void anUndoAfterAReportThatRecordedNothingTakesBackTheCorrectedReportAndSaysSo() {
        f.say("hunan", "2026-11-23T09:00", "湖南晚饭30人");
        f.say("hunan", "2026-11-23T09:01", "不对，是29人");
        f.say("hunan", "2026-11-23T09:02", "贵州晚饭少3人");

        assertThat(f.answerTo("hunan", "2026-11-23T09:03", "撤销")).startsWith("您的上一条消息没有记录内容，撤销的是此前最近一条有记录的消息。\n已撤销：");
        assertThat(dinner("hunan")).isEqualTo(35);
    }
}
