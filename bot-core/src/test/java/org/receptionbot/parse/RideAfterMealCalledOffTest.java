package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;

/**
 * Session 44 (af205): a meal called off, then past a space a train or flight at its hour with no verb ("河北晚饭不吃了
 * 五点的高铁"), is the team's departure at that hour beside the cancel. Words after the hour that are no ride
 * (五点的比赛, 五点的时候再说) leave the cancel alone.
 */
class RideAfterMealCalledOffTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-29T09:05");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hebei|河北晚饭不吃了 五点的高铁|hebei|DINNER|17:00",
                "hebei|晚饭不吃了 我们五点的高铁|hebei|DINNER|17:00",
                "-|山西中午不吃了 坐下午1点的飞机|shanxi|LUNCH|13:00",
                "-|浙江晚饭不要了 晚上7点半的动车|zhejiang|DINNER|19:30"
            })
    void theRideIsTheDepartureBesideTheCancel(String sender, String text, String team, String meal, String time) {
        AT.check(text, sender)
                .understood()
                .records(
                        new MealCancel(team, TODAY, meal, null),
                        new Departure(team, TODAY, LocalTime.parse(time), null, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hebei|晚饭不吃了 五点的比赛|DINNER", "hebei|晚饭不吃了 五点的时候再说|DINNER"})
    void wordsThatAreNoRideLeaveTheCancelAlone(String sender, String text, String meal) {
        AT.check(text, sender).records(new MealCancel(sender, TODAY, meal, null));
    }
}
