package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "湖北明天早60 中55 晚60" (trial 66): the morning's figure right after the day is breakfast, recorded with the
 * other two meals, and the bot no longer asks which meal it is; read by the real parser.
 */
class DayThenMealInChatTest {
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 24);

    @Test
    void theMorningsFigureAfterTheDayIsRecordedAsBreakfast() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        String answer = f.soleAnswerTo("hubei", "20:00", "湖北明天早60 中55 晚60");

        assertThat(answer).contains("早餐").doesNotContain("哪一餐");
        assertThat(f.diners(TOMORROW, "BREAKFAST", "hubei")).isEqualTo(60);
        assertThat(f.diners(TOMORROW, "LUNCH", "hubei")).isEqualTo(55);
        assertThat(f.diners(TOMORROW, "DINNER", "hubei")).isEqualTo(60);
    }

    @Test
    void aClockHourAfterTheDayStaysNoMeal() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.answerOrNull("xinjiang", "2026-11-23T20:00", "新疆明天早8 出发去赛场");

        assertThat(f.diners(TOMORROW, "BREAKFAST", "xinjiang")).isNotEqualTo(8);
    }
}
