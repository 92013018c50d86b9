package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;

/**
 * A group named by when it moved ("昨晚后到的5个人", "早上先走的3个人") is the subject of the report, not its
 * time or meal: the report takes its own time, date and meal. Read by the real parser; Hunan: 35 people.
 */
class GroupNamedByItsMoveTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private Record recorded(String at, String text) {
        f.answerTo("hunan-li", at, text);
        return f.ledger.day(SUNDAY).active().stream()
                .map(Entry::record)
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void thoseWhoCameLastNightArrivingThisMorningAreAnArrivalOfTheirFigureAtTheTimeSaid() {
        String answer = f.answerTo("hunan-li", "2026-11-22T07:30", "昨晚后到的5个人今早7点20到了");

        assertThat(f.ledger.day(SUNDAY).active())
                .extracting(Entry::record)
                .containsExactly(new Arrival("hunan", SUNDAY, LocalTime.of(7, 20), 5, null));
        assertThat(answer).contains("07:20", "5人").doesNotContain("晚餐");
    }

    @Test
    void yesterdayEveningsLateComersArrivingAtSevenAreFiveNotTheWholeDelegation() {
        assertThat(recorded("2026-11-22T07:30", "昨天晚上后到的5人今天7点到了"))
                .isEqualTo(new Arrival("hunan", SUNDAY, LocalTime.of(7, 0), 5, null));
    }

    @Test
    void thoseWhoLeftThisMorningMissingLunchIsACancellationOfThemOnly() {
        assertThat(recorded("2026-11-22T09:30", "早上先走的3个人中午不吃了"))
                .isEqualTo(new MealCancel("hunan", SUNDAY, "LUNCH", 3));
        assertThat(f.ledger.activeMovements()).isEmpty();
    }

    @Test
    void leadersWhoCameLastNightSkippingLunchTakeThreeOffLunchAndReportNoArrival() {
        assertThat(recorded("2026-11-22T09:30", "湖南昨晚到的3位领导今天中午不吃了"))
                .isEqualTo(new MealCancel("hunan", SUNDAY, "LUNCH", 3));
        assertThat(f.ledger.activeMovements()).isEmpty();
    }

    @Test
    void aGroupThatWillLeaveTomorrowMorningIsStillThatDeparture() {
        f.answerTo("hunan-li", "2026-11-22T09:30", "明天早上先走的3个人晚饭不吃");

        assertThat(f.ledger.activeMovements())
                .extracting(e -> ((org.receptionbot.record.Movement) e.record()).count())
                .containsExactly(3);
    }
}
