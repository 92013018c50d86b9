package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Trial 69 (Discord, any platform): a correction of one meal of a report about tomorrow ("不对 晚上也是40个 刚才多打了" after
 * "北京明天中午40人 晚上42人") corrects tomorrow's dinner, the day of what it corrects, and leaves today's alone.
 */
class CorrectionInheritsDayTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aMealSaidLikeAnotherCorrectsTheReportsDay() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), TODAY.toString());
        f.answerTo("beijing", "11:06", "北京明天中午40人 晚上42人");
        int todayBefore = f.diners(TODAY, "DINNER", "beijing");

        String answer = f.answerTo("beijing", "11:07", "不对 晚上也是40个 刚才多打了");

        assertThat(answer).contains("40");
        assertThat(f.diners(TODAY.plusDays(1), "DINNER", "beijing")).isEqualTo(40);
        assertThat(f.diners(TODAY.plusDays(1), "LUNCH", "beijing")).isEqualTo(40);
        assertThat(f.diners(TODAY, "DINNER", "beijing")).isEqualTo(todayBefore);
    }

    @Test
    void aMealAlsoSaidOfTodayStaysTodaysWithoutAReportToCorrect() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), TODAY.toString());

        f.answerTo("beijing", "11:07", "北京今天晚上也是40个");

        assertThat(f.diners(TODAY, "DINNER", "beijing")).isEqualTo(40);
    }
}
