package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;

/**
 * Session 36: words that only thank or confirm after a meal's figure ({@link ChatWords}: 谢谢, 定了, 好的) are not
 * quoted back as unread; an aside that says something still is. 🈚 typed for 无 reads as the word ({@link WordEmoji}).
 */
class ChatWordsAfterFigureTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"liaoning|辽宁 中午30人 谢谢", "guangdong|广东中午32个 定了", "hunan|湖南晚饭35个 好的谢谢🙏", "hubei|湖北中午40 就这些哈"})
    void closingWordsLeaveNothingUnread(String sender, String text) {
        ParseOutcome read = AT.read(text, sender);
        assertThat(read.records()).as(text).hasSize(1);
        assertThat(gaps(read)).as(text).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|湖南中午35个 看着问题不大", "hunan|湖南中午35个 娃娃们都饿惨了"})
    void anAsideIsStillQuoted(String sender, String text) {
        assertThat(gaps(AT.read(text, sender))).as(text).isPositive();
    }

    @Test
    void squaredNoneIsNone() {
        for (String text : new String[] {"重庆中午🈚️变化", "重庆中午🈚变化"}) {
            ParseOutcome read = AT.read(text, "chongqing");
            assertThat(read.records()).as(text).singleElement().isInstanceOf(MealCount.class);
            assertThat(gaps(read)).as(text).isZero();
        }
    }

    private static long gaps(ParseOutcome read) {
        return read instanceof ParseOutcome.Incomplete i
                ? i.gaps().stream()
                        .filter(g -> g.missing() == Gap.Field.UNCLEAR)
                        .count()
                : 0;
    }
}
