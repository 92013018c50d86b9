package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Session 34: a venue's dining room said by its own short name (贵宾厅 for 荔园山庄1号楼贵宾餐厅) is one of the event's
 * places: people eating there ("财政部2位今晚在贵宾厅吃") are the meal's diners, no cancellation, as they are when the
 * room is said in full. Eating at a place that is not the event's stays a cancellation.
 */
class DinersAtVenueRoomTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.conference(), "2026-12-09T10:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mof|财政部2位今晚在贵宾厅吃|mof|DINNER|2",
                "''|水利部3人中午在贵宾厅吃|mwr|LUNCH|3",
                "''|发改委今晚4个人在贵宾厅吃饭|ndrc|DINNER|4",
                "mof|我们今晚两位在贵宾厅用餐|mof|DINNER|2",
                "''|住建部中午12位都在贵宾厅吃|mohurd|LUNCH|12",
                "''|环境部今晚5人在贵宾餐厅吃|mee|DINNER|5"
            })
    void dinersAtTheVenueRoomAreTheMealsCount(String sender, String text, String team, String meal, int count) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).containsExactly(new MealCount(team, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''|财政部今晚2位在外面吃|mof|DINNER|2", "''|水利部中午3人在市里吃|mwr|LUNCH|3", "''|发改委今晚有2个在北海吃|ndrc|DINNER|2"})
    void eatingAtAPlaceNotTheEventsStaysACancellation(String sender, String text, String team, String meal, int count) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).hasSize(1);
        Record r = read.records().get(0);
        assertThat(r.type()).as(text).isEqualTo("MEAL_CANCEL");
    }
}
