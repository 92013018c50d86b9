package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;

/**
 * "晚上北海线柳州线的6个在考察点吃 其他人回酒店吃": people eating at the visit's site are fewer diners at the hotel (a
 * cancel of 6), not the hotel's figure; a question about the site's meal is no report.
 */
class MealAtVisitSiteTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T08:30");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 9);

    @ParameterizedTest
    @CsvSource({
        "hunan, 晚上北海线柳州线的6个在考察点吃 其他人回酒店吃",
        "hunan, 晚上6个在考察点吃 其他人回酒店吃",
        "hunan, 湖南今天中午28个 晚上北海线柳州线的6个在考察点吃 其他人回酒店吃"
    })
    void peopleEatingAtTheSiteAreFewerAtTheHotel(String sender, String text) {
        PARSER.check(text, sender).recordsInclude(new MealCancel(sender, DAY, "DINNER", 6));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 考察点吃饭的地方定了吗"})
    void aQuestionAboutTheSitesMealIsNoReport(String sender, String text) {
        PARSER.check(text, sender).noRecords();
    }
}
