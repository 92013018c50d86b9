package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Session 39: after a meal's figure and a space, the delegation's movement on a day or at an hour is a statement of its
 * own ({@link MoveAfterMealFigure}): the figure stays the meal's, never lost nor read as the movement's count.
 */
class MovementAfterMealFigureTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-24T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "湖南晚饭32 明天全团走 早上9点的车|DINNER|32",
                "湖南晚上三十二 明天全体下午走|DINNER|32",
                "湖南宵夜28 明天7点半走|LATE_NIGHT|28",
                "湖南明早26 9点出发 G1606|BREAKFAST|26",
                "湖南早饭明天26个 然后 明天咱们坐10点的D1835走|BREAKFAST|26",
                "湖南晚上27 后天大家一起走|DINNER|27"
            })
    void theMealKeepsItsFigureBesideTheMovement(String text, String meal, int figure) {
        List<Record> records = records(AT.read(text, "hunan"));
        assertThat(records)
                .as(text)
                .anySatisfy(r -> assertThat(r).isInstanceOfSatisfying(MealCount.class, c -> {
                    assertThat(c.meal()).isEqualTo(meal);
                    assertThat(c.count()).isEqualTo(figure);
                }));
        assertThat(records)
                .as(text)
                .anySatisfy(r -> assertThat(r)
                        .isInstanceOfSatisfying(
                                Departure.class, d -> assertThat(d.count()).isNull()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the next day's meal cancelled, the next day's figure, people pointed at by their move: no movement.
                "湖南晚饭30个 明天中午不吃",
                "湖南晚饭30 明天走的那5个不吃",
                // coming to the dining hall at an hour is the meal's.
                "湖南明天早饭30个 8点到餐厅",
                // a bus setting off at an hour is no one's movement: the figure stays the meal's, nothing is cut.
                "湖南明早30 9点出发"
            })
    void noMovementIsRead(String text) {
        List<Record> records = records(AT.read(text, "hunan"));
        assertThat(records).as(text).noneMatch(r -> r instanceof Departure);
        assertThat(records).as(text).anyMatch(r -> r instanceof MealCount c && c.count() != null && c.count() == 30);
    }

    @ParameterizedTest
    @CsvSource({"湖南明早4个人 6点50出发 G1606", "湖南晚上6人 明天7点走"})
    void peopleCountedAfterAPartOfTheDayAreTheMovements(String text) {
        List<Record> records = records(AT.read(text, "hunan"));
        assertThat(records).as(text).noneMatch(r -> r instanceof MealCount);
        assertThat(records).as(text).anyMatch(r -> r instanceof Departure);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"明天中午12点开饭 后天8点出发", "中午12点开饭 明天全团8点出发"})
    void aNoticeStaysANotice(String text) {
        assertThat(records(AT.read(text, null))).as(text).isEmpty();
    }

    private static List<Record> records(ParseOutcome read) {
        if (read instanceof ParseOutcome.Understood u) return u.records();
        if (read instanceof ParseOutcome.Incomplete i) return i.records();
        return List.of();
    }
}
