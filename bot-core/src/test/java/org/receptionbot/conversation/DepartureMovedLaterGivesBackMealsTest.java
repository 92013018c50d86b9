package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Trial 56's 云南: a departure moved to a later day gives back the meals its own message cut for the people leaving
 * that now come before it, and says so ("晚餐恢复为55人"); the meals that message gave whole stay, and a delay within
 * the day leaves the cut meal cut.
 */
class DepartureMovedLaterGivesBackMealsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String PLAN = "云南明早55，中午55，晚上35，有20个人明晚坐飞机走 MU5806 21:35起飞";

    @Test
    void aFlightMovedToTheNextMorningGivesBackTonightsDinner() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("yunnan", "18:50", PLAN);
        assertThat(f.diners(DAY.plusDays(1), "DINNER", "yunnan")).isEqualTo(35);

        String answer = f.answerTo("yunnan", "2026-11-24T10:30", "云南那20个人航班取消了😭 改成明天早上7点的MU5805 今晚还在这吃住");

        assertThat(answer).contains("07:00").contains("晚餐恢复为55人");
        assertThat(f.diners(DAY.plusDays(1), "DINNER", "yunnan")).isEqualTo(55);
        assertThat(f.diners(DAY.plusDays(1), "LUNCH", "yunnan")).isEqualTo(55);
    }

    @Test
    void aDelayWithinTheDayLeavesTheDinnerCut() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("yunnan", "18:50", PLAN);

        String answer = f.answerTo("yunnan", "2026-11-24T10:30", "云南那20个人航班延误了 改成晚上22:40起飞");

        assertThat(answer).doesNotContain("恢复为");
        assertThat(f.diners(DAY.plusDays(1), "DINNER", "yunnan")).isEqualTo(35);
    }
}
