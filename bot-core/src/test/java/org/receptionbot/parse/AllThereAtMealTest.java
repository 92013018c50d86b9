package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * A meal's part of the day, then 都在/全在 and nothing after, beside another meal said in the message ("广西厅12人
 * 中午都吃 晚上也都在"): everyone is there for that meal, as planned (count null), the other meal's figure its own. A
 * place or an activity after 都在, a question, or no other meal in the message is no such report.
 */
class AllThereAtMealTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T08:30");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @ParameterizedTest
    @CsvSource({
        "'河南厅7人 中午都吃 晚上也都在', henan, ",
        "'河南中午6人 晚上都在', henan, 6",
        "'中午5个 晚上全在哈', henan, 5",
        "'河南中午按计划 晚上也全都在', henan, "
    })
    void theOtherMealIsEveryoneAsPlanned(String text, String team, Integer lunch) {
        PARSER.check(text, "henan")
                .recordsInclude(new MealCount(team, DAY, "DINNER", null))
                .hasNo(MealCancel.class);
    }

    @ParameterizedTest
    @CsvSource({"河南厅7人 中午都吃 晚上也都在, 7", "河南中午6人 晚上都在, 6"})
    void theFigureSaidBeforeStaysTheLunchs(String text, int lunch) {
        PARSER.check(text, "henan")
                .records(new MealCount("henan", DAY, "LUNCH", lunch), new MealCount("henan", DAY, "DINNER", null));
    }

    @ParameterizedTest
    @CsvSource({"河南中午6人 晚上都在吗", "河南中午6人 晚上也都在开会", "河南中午6人 下午都在会场"})
    void aQuestionOrWhereTheyAreGivesNoDinner(String text) {
        PARSER.check(text, "henan").records(new MealCount("henan", DAY, "LUNCH", 6));
    }

    @ParameterizedTest
    @CsvSource({"河南中午6人 晚上都在外面", "河南中午6人 晚上都在外面吃"})
    void allAwayIsStillACancel(String text) {
        PARSER.check(text, "henan").recordsInclude(new MealCancel("henan", DAY, "DINNER", null));
    }

    @ParameterizedTest
    @CsvSource({"晚上都在", "河南晚上也都在酒店"})
    void withNoOtherMealNothingIsRecorded(String text) {
        PARSER.check(text, "henan").noRecords();
    }
}
