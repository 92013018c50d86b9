package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;

/**
 * Session 39 (trial leftover "兵团两顿都25"): two meals said by their number (两顿, 两餐, 两顿饭) are lunch and dinner when
 * those are the two meals of the day still to be served; at any other time, or on another day, which two is asked.
 */
class TwoMealsTest {
    private static final ParserFixture MORNING = ParserFixture.of(TestEvents.reference(), "2026-11-23T10:10");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"bingtuan|兵团两顿都25|25", "hunan|湖南今天两顿饭都是35个|35", "fujian|福建两餐都32人|32", "guangxi|广西这边两顿 都52|52"})
    void lunchAndDinnerWhenTheyAreTheTwoLeft(String sender, String text, int figure) {
        MORNING.check(text, sender)
                .understood()
                .records(new MealCount(sender, DAY, "LUNCH", figure), new MealCount(sender, DAY, "DINNER", figure));
    }

    @Test
    void bothCancelled() {
        MORNING.check("湖南两顿都不吃了", "hunan")
                .records(new MealCancel("hunan", DAY, "LUNCH", null), new MealCancel("hunan", DAY, "DINNER", null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // before breakfast has ended three meals are left; after lunch, one; another day has three.
                "2026-11-23T07:30|兵团两顿都25",
                "2026-11-23T14:00|兵团两顿都25",
                "2026-11-23T10:10|兵团明天两顿都25"
            })
    void whichTwoIsAskedWhenItCannotBeKnown(String at, String text) {
        MORNING.at(at).check(text, "bingtuan").asks().hasNo(MealRecord.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖南前两顿都是35个", "两餐厅都满了", "湖南昨天吃了两顿"})
    void twoMealsPointedAtOrAPlaceAreNoLunchAndDinner(String text) {
        MORNING.check(text, "hunan").hasNo(MealRecord.class);
    }
}
