package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;

/** A meal likened to another meal of the day (晚饭同中午) takes its figure when the message gives it, else is asked. */
class MealLikenedToMealTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-22T09:35");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theDinnerTakesTheLunchReportedBeside() {
        PARSER.check("兵团中午25 晚饭同中午", "bingtuan")
                .records(new MealCount("bingtuan", TODAY, "LUNCH", 25), new MealCount("bingtuan", TODAY, "DINNER", 25));
    }

    @Test
    void theMealNamedIsTheOneLikenedTo() {
        PARSER.check("湖南早饭30 晚饭40 中午同晚饭", "hunan").recordsInclude(new MealCount("hunan", TODAY, "LUNCH", 40));
    }

    @Test
    void aloneItsFigureIsAskedForTheDelegationNamed() {
        assertThat(PARSER.read("兵团晚饭同中午", null))
                .isInstanceOfSatisfying(
                        ParseOutcome.Incomplete.class,
                        i -> assertThat(i.gaps()).singleElement().satisfies(g -> {
                            assertThat(g.missing()).isEqualTo(Gap.Field.COUNT);
                            assertThat(g.draft()).isEqualTo(new MealCount("bingtuan", TODAY, "DINNER", null));
                        }));
    }

    @Test
    void dinnerTogetherWithLunchIsNoLikening() {
        ParseOutcome read = PARSER.read("晚饭同中午一起报", "hunan");
        List<Gap> gaps = read instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of();
        assertThat(read.records()).isEmpty();
        assertThat(gaps).noneMatch(g -> g.missing() == Gap.Field.COUNT);
    }
}
