package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;

/** Undoing a movement changes no meal already served, as recording it would not have. */
class UndoneMovementServedMealTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    UndoneMovementServedMealTest() {
        f.reads("今天下午4点有8个人先走", new Departure("hunan", SUNDAY, LocalTime.of(16, 0), 8, null, null));
    }

    @Test
    void anUndoAfterTheDinnerWasServedLeavesItsFigureAndPutsTheLaterMealsBack() {
        f.say("hunan-li", "2026-11-22T10:30", "今天下午4点有8个人先走");
        assertThat(f.diners(SUNDAY, "DINNER", "hunan")).isEqualTo(27);
        assertThat(f.diners(SUNDAY.plusDays(1), "BREAKFAST", "hunan")).isEqualTo(27);

        f.say("hunan-li", "2026-11-22T21:05", "撤销");

        assertThat(f.diners(SUNDAY, "DINNER", "hunan")).isEqualTo(27);
        assertThat(f.diners(SUNDAY.plusDays(1), "BREAKFAST", "hunan")).isEqualTo(35);
    }

    @Test
    void anUndoBeforeTheDinnerPutsItBack() {
        f.say("hunan-li", "2026-11-22T10:30", "今天下午4点有8个人先走");
        f.say("hunan-li", "2026-11-22T11:00", "撤销");
        assertThat(f.diners(SUNDAY, "DINNER", "hunan")).isEqualTo(35);
    }
}
