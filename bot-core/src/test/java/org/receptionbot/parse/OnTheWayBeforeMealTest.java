package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * A phrase about being on the way (在路上了, 回来路上了, 在回来的车上, 往回走了, 快到了, 刚比完赛 在往回赶) said before a
 * meal's figure with no punctuation: the phrase reports and asks nothing, the meals after it are read as if it were
 * not there. A real arrival, or the phrase with no meal after it, stays what it says.
 */
class OnTheWayBeforeMealTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final ParserFixture GAMES = ParserFixture.of(TestEvents.reference(), "2026-11-28T11:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jiangsu|回来路上了 江苏中午25个|25",
                "jiangsu|快到了 中午江苏25个|25",
                "jiangsu|在路上了 中午江苏25个|25",
                "hubei|在回来的车上 中午40|40",
                "hubei|刚比完赛 在往回赶 中午湖北40个|40",
                "hunan|已经在回来的路上了 湖南今天中午32人|32",
                "hunan|马上到了 中午32个|32"
            })
    void theLunchAfterThePhraseIsItsCountAlone(String team, String text, int people) {
        GAMES.check(text, team).understood().records(new MealCount(team, TODAY, "LUNCH", people));
    }

    @Test
    void eachMealAfterThePhraseIsRead() {
        GAMES.check("回来路上了 中午江苏25个 晚上也25", "jiangsu")
                .records(new MealCount("jiangsu", TODAY, "LUNCH", 25), new MealCount("jiangsu", TODAY, "DINNER", 25));
        GAMES.check("往回走了 中午30个 晚上28", "hubei")
                .records(new MealCount("hubei", TODAY, "LUNCH", 30), new MealCount("hubei", TODAY, "DINNER", 28));
        GAMES.check("在路上了 晚上不吃了", "hubei").records(new MealCancel("hubei", TODAY, "DINNER", null));
    }

    @Test
    void theFigureIsTheLunchsNotTheLeavers() {
        GAMES.check("在从场馆回来的车上 北京中午35个 晚上不吃了 直接去机场", "beijing")
                .understood()
                .recordsInclude(
                        new MealCount("beijing", TODAY, "LUNCH", 35), new MealCancel("beijing", TODAY, "DINNER", null))
                .hasNo(Arrival.class);
        assertThat(GAMES.read("在从场馆回来的车上 北京中午35个 晚上不吃了 直接去机场", "beijing").records())
                .filteredOn(Departure.class::isInstance)
                .extracting(r -> ((Departure) r).count())
                .containsExactly((Integer) null);
    }

    @Test
    void aRealArrivalStaysAnArrival() {
        assertThat(GAMES.read("我们到了 35人", "jiangsu").records())
                .containsExactly(new Arrival("jiangsu", TODAY, null, 35, null));
        assertThat(GAMES.read("快到了 下午3点到酒店", "jiangsu").records())
                .containsExactly(new Arrival("jiangsu", TODAY, LocalTime.of(15, 0), null, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"jiangsu|快到了 还有10分钟 35个人", "jiangsu|在路上了 预计10分钟到", "jiangsu|在路上了"})
    void thePhraseWithNoMealAfterItStaysAsItIs(String team, String text) {
        GAMES.check(text, team).noRecords();
    }
}
