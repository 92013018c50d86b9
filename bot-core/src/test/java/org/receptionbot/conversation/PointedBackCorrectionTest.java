package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;

/**
 * "刚才报的25个要改成24个" and "不是25 是24": a figure reported before, pointed back to or denied with no meal named,
 * corrects the record of the sender's last report that has it, or the sender is asked which meal; read by the real
 * parser.
 */
class PointedBackCorrectionTest {
    private static final Event EVENT = TestEvents.withPeople();
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);

    private static int hunan(ConversationFixture f, String meal) {
        return f.core.meals
                .count(SUNDAY, EVENT.meal(meal).orElseThrow(), "hunan")
                .diners();
    }

    @Test
    void theFigurePointedBackToIsCorrectedEvenAfterTenMinutes() {
        for (String said : new String[] {"刚才报的25个要改成24个", "之前报的25人改成24人", "刚刚报的25个改为24个 搞错了", "不好意思 刚才报的二十五个要改成二十四个"}) {
            ConversationFixture f = ConversationFixture.parsing(EVENT);
            f.answerTo("hunan-li", "2026-11-22T09:00", "晚饭25个");

            assertThat(f.answerTo("hunan-li", "2026-11-22T09:30", said))
                    .as(said)
                    .startsWith("已更正：");
            assertThat(hunan(f, "DINNER")).as(said).isEqualTo(24);
        }
    }

    @Test
    void onlyTheMealWithThatFigureIsCorrected() {
        ConversationFixture f = ConversationFixture.parsing(EVENT);
        f.answerTo("hunan-li", "2026-11-22T09:00", "中午30 晚上25");

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:05", "刚才报的25个要改成24个")).startsWith("已更正：");
        assertThat(hunan(f, "DINNER")).isEqualTo(24);
        assertThat(hunan(f, "LUNCH")).isEqualTo(30);
    }

    @Test
    void aFigureNoRecordHasIsAskedAboutNeverSilent() {
        ConversationFixture f = ConversationFixture.parsing(EVENT);
        f.answerTo("hunan-li", "2026-11-22T09:00", "晚饭25个");

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:05", "刚才报的26个要改成24个"))
                .contains("请说明是哪一餐")
                .contains("晚餐");
        assertThat(hunan(f, "DINNER")).isEqualTo(25);
    }

    @Test
    void withNoReportAtAllTheSenderIsAskedWhichMeal() {
        ConversationFixture f = ConversationFixture.parsing(EVENT);

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:05", "刚才报的25个要改成24个")).contains("请说明是哪一餐");
    }

    @Test
    void aDeniedFigureCorrectsTheLastReportWithThatFigure() {
        for (String said :
                new String[] {"不是25 是24", "不是25个，是24个", "不对 不是25人 而是24人", "不是二十五 是二十四", "哦不对 不是25 是24 刚才看错了"}) {
            ConversationFixture f = ConversationFixture.parsing(EVENT);
            f.answerTo("hunan-li", "2026-11-22T09:00", "中午30 晚上25");

            assertThat(f.answerTo("hunan-li", "2026-11-22T09:02", said))
                    .as(said)
                    .startsWith("已更正：");
            assertThat(hunan(f, "DINNER")).as(said).isEqualTo(24);
            assertThat(hunan(f, "LUNCH")).as(said).isEqualTo(30);
        }
    }

    @Test
    void aDeniedFigureNoRecordHasIsAskedAboutNeverUnread() {
        ConversationFixture f = ConversationFixture.parsing(EVENT);
        f.answerTo("hunan-li", "2026-11-22T09:00", "晚饭25个");

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:05", "不是20 是22"))
                .contains("请说明是哪一餐")
                .doesNotContain("没能看懂");
        assertThat(hunan(f, "DINNER")).isEqualTo(25);
    }
}
