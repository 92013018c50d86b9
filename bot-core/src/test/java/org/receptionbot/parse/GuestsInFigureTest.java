package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Trial 74 (W4: "广东晚饭37 +2 有两个家属" recorded 39 and 2 more, 41): guests said after a meal's figure that holds them
 * ({@link GuestsInFigure}) are its reason; said as more, they stay an addition.
 */
class GuestsInFigureTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-23T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"广东晚饭37 +2 有两个家属|39", "广东晚饭37+2 两个家属|39", "湖北晚上50加3 三个司机|53", "广东晚饭39 有两个家属|39", "四川今晚45个 有3位记者|45"
            })
    void guestsTheFigureHoldsAddNothing(String text, int count) {
        List<Record> read = SPORTS.read(text, "guangdong").records();

        assertThat(read).as(text).noneMatch(MealAdd.class::isInstance);
        assertThat(counts(read)).as(text).containsExactly(count);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"广东晚饭37 另外有两个家属也吃|37|2", "广东晚饭37 还有2个司机|37|2", "广东晚饭37 有两个家属也来吃|37|2"})
    void guestsSaidAsMoreStayAnAddition(String text, int count, int added) {
        List<Record> read = SPORTS.read(text, "guangdong").records();

        assertThat(read.stream().filter(MealAdd.class::isInstance).map(r -> ((MealAdd) r).count()))
                .as(text)
                .containsExactly(added);
        assertThat(counts(read)).as(text).containsExactly(count);
    }

    private static List<Integer> counts(List<Record> read) {
        return read.stream()
                .filter(MealCount.class::isInstance)
                .map(r -> ((MealCount) r).count())
                .toList();
    }
}
