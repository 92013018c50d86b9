package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealRecord;

/**
 * Trial 33: "河南中午报错了 应该是7个" said after lunch corrects today's lunch (the one reported), not tomorrow's; a meal
 * named with no word of a wrong report after it is served stays the next one.
 */
class MealReportedWrongTest {
    private static final ParserFixture AFTER = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:30");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"henan|河南中午报错了 应该是7个|LUNCH", "hubei|湖北午饭刚才报错了 是6个|LUNCH", "fujian|福建早饭人数写错了 应该是5个|BREAKFAST"})
    void aMealReportedWrongIsTodays(String team, String text, String meal) {
        assertThat(meals(AFTER.read(text, team))).as(text).singleElement().satisfies(r -> {
            assertThat(r.meal()).isEqualTo(meal);
            assertThat(r.date()).isEqualTo(TODAY);
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"henan|河南中午7个", "hubei|湖北午饭6个 报了", "fujian|福建早饭5个"})
    void aMealNamedAfterItsServingIsTheNextOne(String team, String text) {
        assertThat(meals(AFTER.read(text, team)))
                .as(text)
                .allSatisfy(r -> assertThat(r.date()).isEqualTo(TODAY.plusDays(1)));
    }

    private static java.util.List<MealRecord> meals(ParseOutcome o) {
        return o.records().stream()
                .filter(MealRecord.class::isInstance)
                .map(MealRecord.class::cast)
                .toList();
    }
}
