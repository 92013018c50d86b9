package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/**
 * Session 44: after a meal's figure, a ride named by its train or flight before its time ("重庆晚上44 我们G1502 3点15到",
 * "早饭33 我们MU2570 10点15的飞机") opens a statement of its own, as the ride said by its time alone does: the figure
 * stays the meal's and the movement keeps its number and time. A figure of the movers before the ride stays theirs.
 */
class RideNumberBeforeItsTimeTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T09:30");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|重庆晚上44 我们G1502 3点15到|chongqing|DINNER|44|G1502|15:15|ARRIVAL",
                "''|四川晚饭46 我们坐D1825 下午4点40到|sichuan|DINNER|46|D1825|16:40|ARRIVAL",
                "hunan|中午35 K1156 12点左右到|hunan|LUNCH|35|K1156|12:00|ARRIVAL",
                "''|河北晚上34个 G6571 晚上7点20到站|hebei|DINNER|34|G6571|19:20|ARRIVAL",
                "hunan|午饭30 我们MU2570 下午3点的飞机|hunan|LUNCH|30|MU2570|15:00|DEPARTURE",
                "''|天津中午30个 我们是G1586 两点半走|tianjin|LUNCH|30|G1586|14:30|DEPARTURE"
            })
    void theMealKeepsItsFigureBesideTheRide(
            String sender, String text, String team, String meal, int count, String ride, String time, String way) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);
        LocalTime at = LocalTime.parse(time);

        assertThat(read.records())
                .as(text)
                .containsExactly(
                        new MealCount(team, TODAY, meal, count),
                        way.equals("ARRIVAL")
                                ? new Arrival(team, TODAY, at, null, ride)
                                : new Departure(team, TODAY, at, null, ride));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''|重庆44人 我们G1502 3点15到|chongqing|44|G1502", "''|广西今天30个 CZ3285 晚上9点落地|guangxi|30|CZ3285"})
    void aFigureOfTheComersWithNoMealStaysTheArrivals(String sender, String text, String team, int count, String ride) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).singleElement().isInstanceOfSatisfying(Arrival.class, a -> {
            assertThat(a.delegation()).isEqualTo(team);
            assertThat(a.count()).isEqualTo(count);
            assertThat(a.transport()).isEqualTo(ride);
        });
    }

    /** After people leaving with their figure, the ride at its hour is theirs: the meal said next keeps its own figure. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "浙江明天一早走14个 G1722 七点五十的车 早饭就剩24个人吃|zhejiang|14|07:50|G1722|24",
                "浙江明天一早走14个 七点五十的车 早饭就剩24个人吃|zhejiang|14|07:50|-|24",
                "山东明天早上走9个 D2236 8点的车 早饭就32个|shandong|9|08:00|D2236|32"
            })
    void theRideOfPeopleLeavingWithTheirFigureIsTheirs(
            String text, String team, int people, String time, String ride, int eating) {
        LocalDate tomorrow = TODAY.plusDays(1);
        assertThat(AT.read(text, null).records())
                .as(text)
                .containsExactly(
                        new Departure(team, tomorrow, LocalTime.parse(time), people, ride),
                        new MealCount(team, tomorrow, "BREAKFAST", eating));
    }
}
