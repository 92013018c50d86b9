package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * A 接龙 whose header names a part of the day and no meal ("接龙 明天中午 九院") is that meal's list: each line's
 * figure is the meal's count. A header of movements at that hour ("接龙 明天中午到的") stays a list of movements.
 */
class ListHeaderPartOfDayTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-23T09:10");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "接龙 明天中午 九院|2026-11-24|LUNCH",
                "#接龙 今天中午在九院宾馆|2026-11-23|LUNCH",
                "今晚接龙|2026-11-23|DINNER",
                "#接龙 明天早上|2026-11-24|BREAKFAST",
                "接龙：今天晚上 土家山寨|2026-11-23|DINNER"
            })
    void thePartOfTheDayNamesTheListsMeal(String header, String day, String meal) {
        LocalDate date = LocalDate.parse(day);
        SPORTS.check(header + "\n1 湖南 30\n2 湖北 28", null)
                .understood()
                .records(new MealCount("hunan", date, meal, 30), new MealCount("hubei", date, meal, 28));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"接龙 明天中午到的", "#接龙 今天下午出发的"})
    void aListOfMovementsAtThatHourGivesNoMealCount(String header) {
        SPORTS.check(header + "\n1 湖南 30\n2 湖北 28", null).hasNo(MealCount.class);
    }
}
