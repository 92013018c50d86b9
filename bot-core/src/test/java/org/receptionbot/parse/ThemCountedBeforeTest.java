package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;

/**
 * Trial 66 (贵州 08:00): 他们 right after a cancel word ("中午饭不用算他们") points back at the people the message counted
 * before in a clause of no meal ("3个教练的航班延误了"): that many fewer diners. Alone, after a meal's own figure, or
 * after "不用准备" (their portions: the figure is asked), 他们 gives no figure.
 */
class ThemCountedBeforeTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-19T07:48");

    private static List<Record> read(String sender, String text) {
        ParseOutcome outcome = PARSER.read(text, sender);
        return outcome.records();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guizhou|3个教练的航班延误了 改成下午2点落地 中午饭不用算他们|LUNCH|3",
                "hunan|有2个队员下午才到 午饭别算他们了|LUNCH|2",
                "hubei|两个司机晚上才到 晚饭别算她们|DINNER|2",
                "sichuan|4个队员的火车晚点了 中午饭就不用算上他们了|LUNCH|4"
            })
    void themAreThePeopleCountedBefore(String sender, String text, String meal, int fewer) {
        assertThat(read(sender, text))
                .as(text)
                .anyMatch(r -> r instanceof MealCancel c
                        && c.meal().equals(meal)
                        && Integer.valueOf(fewer).equals(c.count()))
                .noneMatch(r -> r instanceof MealCancel c && c.meal().equals(meal) && c.count() == null);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"guizhou|中午饭不用算他们|3", "hunan|早饭30 中午不用算他们|30", "hubei|晚饭不用准备他们的|2"})
    void withNoPeopleCountedBeforeThemGiveNoFigure(String sender, String text, int notThis) {
        assertThat(read(sender, text))
                .as(text)
                .noneMatch(r ->
                        r instanceof MealCancel c && Integer.valueOf(notThis).equals(c.count()));
    }
}
