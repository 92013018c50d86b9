package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Session 34: a flight or train called off ("有个同志航班取消了 明天早上才到") is no meal cancelled: beside the meal's
 * figure said before, the late person is an arrival only, with no second cancellation of the meal on the day they
 * come. A meal called off in words of its own beside it is still cancelled.
 */
class FlightCancelledNoMealTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.conference(), "2026-12-08T15:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final LocalDate TOMORROW = LocalDate.of(2026, 12, 9);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sichuan|不好意思 四川晚宴少1个 有个同志航班取消了 明天早上才到|sichuan|CANCEL|1",
                "''|内蒙古晚餐5人 哦不对 4人 有一个同事航班取消了 明天早上才能到|neimenggu|COUNT|4",
                "''|湖南晚宴少2个 有两个同志的高铁取消了 明天上午才到|hunan|CANCEL|2",
                "hebei|河北今晚晚宴5人 有一个的航班又取消了 明天才到|hebei|COUNT|5"
            })
    void theLatePersonArrivesWithNoSecondCancellation(String sender, String text, String team, String kind, int count) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        Record meal = kind.equals("CANCEL")
                ? new MealCancel(team, TODAY, "DINNER", count)
                : new MealCount(team, TODAY, "DINNER", count);
        assertThat(read.records()).as(text).hasSize(2);
        assertThat(read.records().get(0)).as(text).isEqualTo(meal);
        assertThat(read.records().get(1))
                .as(text)
                .isInstanceOfSatisfying(Arrival.class, a -> assertThat(a.date()).isEqualTo(TOMORROW));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''|青海厅航班取消了 改成明天早上8点20落地 今晚晚宴不吃了|qinghai", "''|陕西厅航班取消了 明天早上到 今天的晚宴就取消吧|shaanxi"})
    void aMealCalledOffInItsOwnWordsStaysCancelled(String sender, String text, String team) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).contains(new MealCancel(team, TODAY, "DINNER", null));
    }
}
