package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * A space after 吗 ends the question as its mark would: a late reporter's "还能报吗 32人" is the question, then the report,
 * read as "还能报吗？32人" is; a question alone still records nothing.
 */
class QuestionEndedBySpaceTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T15:05");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "fujian|不好意思过了3点了 福建晚饭还能报吗 32人|fujian|DINNER|32",
                "-|广西晚饭还来得及报吗 四十五个|guangxi|DINNER|45",
                "hunan|晚饭还能报吗 我们28个|hunan|DINNER|28",
                "-|四川宵夜现在报还可以吗 40份|sichuan|LATE_NIGHT|40"
            })
    void theReportAfterTheQuestionIsRead(String sender, String text, String team, String meal, int count) {
        PARSER.check(text, sender).contract(new MealCount(team, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|晚饭还能报吗 谢谢", "-|大家都到了吗 辛苦了", "-|11号车今天还是给我们吗 还是换回9号车"})
    void aQuestionAloneRecordsNothing(String sender, String text) {
        PARSER.check(text, "-".equals(sender) ? null : sender).noContract();
    }
}
