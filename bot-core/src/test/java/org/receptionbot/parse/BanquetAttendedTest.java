package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.MealCount;

/**
 * Trial 60: the welcome banquet by its usual names (欢迎宴, 欢迎晚宴) is the evening meal, and "晚宴全到" (a meal's own
 * name, then all of them coming) is the whole delegation eating it; "晚上全到" (an hour of the day) stays an arrival.
 */
class BanquetAttendedTest {
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-08T09:38");
    private static final LocalDate DAY = LocalDate.parse("2026-12-08");

    @ParameterizedTest
    @CsvSource({"晚上欢迎宴12个人,12", "欢迎宴12人,12", "今晚欢迎宴我们12个,12"})
    void theWelcomeBanquetIsDinner(String text, Integer count) {
        CONFERENCE.check(text, "guangxi").understood().records(new MealCount("guangxi", DAY, "DINNER", count));
    }

    @ParameterizedTest
    @CsvSource({"晚上欢迎晚宴全到", "晚宴全到", "晚饭都到", "欢迎宴全都到"})
    void allComingToTheMealIsAsPlanned(String text) {
        CONFERENCE
                .check(text, "hunan")
                .understood()
                .records(new MealCount("hunan", DAY, "DINNER", null))
                .hasNo(Arrival.class);
    }

    @ParameterizedTest
    @CsvSource({"湖南晚上全到", "我们晚上都到"})
    void anHourOfTheDayThenAllComingIsAnArrival(String text) {
        CONFERENCE.check(text, "hunan").understood().hasNo(MealCount.class).has(Arrival.class);
    }
}
