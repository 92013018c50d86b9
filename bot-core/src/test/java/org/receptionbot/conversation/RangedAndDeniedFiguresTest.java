package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;

/**
 * A range of two adjacent numerals ("二十七八个", "三四十个") is an estimate and gets the estimate's question; "不是20 是22"
 * corrects the sender's last report that has the denied figure, or asks which; read by the real parser.
 */
class RangedAndDeniedFiguresTest {
    private static final Event EVENT = TestEvents.withPeople();
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);

    private static int hunan(ConversationFixture f, String meal) {
        return f.core.meals
                .count(SUNDAY, EVENT.meal(meal).orElseThrow(), "hunan")
                .diners();
    }

    private static String say(ConversationFixture f, String sender, String at, String text) {
        int before = f.outbox.sentTo(GROUP).size();
        f.say(sender, "2026-11-24T" + at, text);
        assertThat(f.outbox.sentTo(GROUP)).as("one answer to %s", text).hasSize(before + 1);
        return f.lastTo(GROUP).text();
    }

    @Test
    void aRangeOfAdjacentNumeralsGetsTheEstimateQuestion() {
        for (String[] said : new String[][] {
            {"福建中午二十七八个吧", "“二十七八个”是估计数"},
            {"中午三四十个人吧", "“三四十个”是估计数"},
            {"晚上吃饭的十七八个", "“十七八个”是估计数"},
            {"今晚五六个人不回来 剩下的三十二三吧", "是估计数"},
            {"中午二十七八", "“二十七八”是估计数"}
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            assertThat(say(f, "fujian", "09:10", said[0]))
                    .as(said[0])
                    .contains(said[1])
                    .doesNotContain("没能看懂");
        }
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
