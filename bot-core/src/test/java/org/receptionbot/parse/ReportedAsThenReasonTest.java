package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * A meal's figure reported as (按30报), then past a space the people away as the reason: the figure reported is the
 * count, the people away no figure of the meal.
 */
class ReportedAsThenReasonTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T10:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "辽宁晚饭按30报 三个教练在外面开会|liaoning|DINNER|30",
                "贵州晚上按45个报 四个教练在外面开会|guizhou|DINNER|45",
                // look-alikes read as before
                "辽宁晚饭按30报|liaoning|DINNER|30",
                "江西晚饭30个 三个教练在外面开会|jiangxi|DINNER|30"
            })
    void theFigureReportedIsTheCount(String text, String team, String meal, int count) {
        PARSER.check(text).contract(new MealCount(team, TODAY, meal, count));
    }
}
