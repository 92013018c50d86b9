package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * Two ways a meal's figure was misread. An old figure and the new one joined by a bare 改 ("晚饭33改31"): the new one
 * is the count, while a bus, an hour or a day after 改 is no figure of the meal. The delegation's figure said before
 * all of them coming back to eat ("青海27人中午都回来吃"): the figure is the count, not "as planned"; with no figure it
 * stays as planned.
 */
class MealFigureJoinedOrAllBackTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T09:00");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource({
        "hunan, 湖南晚饭33改31, DINNER, 31",
        "jiangsu, 江苏中午34改32个, LUNCH, 32",
        "henan, 河南晚上三十九改三十七, DINNER, 37",
        "hubei, 今天中午60改58人 有两个去恩施了, LUNCH, 58"
    })
    void theFigureAfterABare改IsTheCount(String team, String text, String meal, int count) {
        PARSER.check(text, team).records(new MealCount(team, DAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 湖南中午35 改2号车, LUNCH, 35", "hunan, 湖南晚饭35人 改7点吃, DINNER, 35", "hunan, 湖南晚饭35 改8点半, DINNER, 35"})
    void aBusOrAnHourAfter改IsNoFigureOfTheMeal(String team, String text, String meal, int count) {
        PARSER.check(text, team).recordsInclude(new MealCount(team, DAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource({
        "qinghai, 青海27人中午都回来吃, LUNCH, 27",
        "jiangsu, 江苏34人晚饭全部回来吃, DINNER, 34",
        "henan, 河南39个中午全都回来吃, LUNCH, 39",
        "hunan, 湖南35人晚上全回来吃, DINNER, 35"
    })
    void theFigureBeforeAllComingBackToEatIsTheCount(String team, String text, String meal, int count) {
        PARSER.check(text, team).records(new MealCount(team, DAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 湖南中午都回来吃, LUNCH", "yunnan, 云南晚饭照常, DINNER", "hunan, 晚上全部回来吃, DINNER"})
    void withNoFigureTheMealIsAsPlanned(String team, String text, String meal) {
        PARSER.check(text, team).records(new MealCount(team, DAY, meal, null));
    }
}
