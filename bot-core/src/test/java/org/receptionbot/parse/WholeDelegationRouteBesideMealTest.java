package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Visit;

/**
 * The whole delegation said to go on a route (全去北海了, 全团都去柳州, 考察全团百色) beside a meal it misses or reports: a
 * VISIT with count null besides the meal's record; a figure said with it ("5个全去") is the route's figure.
 */
class WholeDelegationRouteBesideMealTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.conference());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan | 2026-12-09T14:20:00+08:00 | 湖南团全去百色了 晚饭不吃 | baise",
                "hubei | 2026-12-09T14:20:00+08:00 | 湖北全去柳州了 今晚不回来吃 | liuzhou",
                "fujian | 2026-12-08T21:00:00+08:00 | 福建明天全去北海 晚饭不用留 | beihai",
                "jiangxi | 2026-12-08T20:00:00+08:00 | 江西明天晚饭不在山庄吃 全团都去柳州 | liuzhou",
                "henan | 2026-12-08T20:00:00+08:00 | 河南明天考察全团百色 晚饭取消 | baise",
                "shandong | 2026-12-08T22:00:00+08:00 | 山东还是全去柳州，明早5个人吃早饭 | liuzhou"
            })
    void wholeDelegationOnRouteBesideMeal(String sender, String now, String text, String route) {
        var records = PARSER.parse(text, OffsetDateTime.parse(now).toInstant(), sender)
                .records();
        assertThat(records).contains(new Visit(sender, route, null));
        assertThat(records).anyMatch(r -> r instanceof MealCancel || r instanceof MealCount);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-12-09T14:20:00+08:00 | 湖南5个全去百色了 晚饭不吃 | 5",
            })
    void figureWithWholeWordIsTheFigure(String now, String text, int count) {
        assertThat(PARSER.parse(text, OffsetDateTime.parse(now).toInstant(), "hunan")
                        .records())
                .filteredOn(Visit.class::isInstance)
                .containsExactly(new Visit("hunan", "baise", count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-12-09T14:20:00+08:00 | 全团都回来了 晚饭不吃",
                "2026-12-09T14:20:00+08:00 | 百色的全回来了 晚饭不吃",
                "2026-12-09T19:20:00+08:00 | 湖南全团在北海 今晚不回来吃"
            })
    void wholeDelegationBackOrAwayIsNoSignUp(String now, String text) {
        assertThat(PARSER.parse(text, OffsetDateTime.parse(now).toInstant(), "hunan")
                        .records())
                .noneMatch(Visit.class::isInstance);
    }
}
