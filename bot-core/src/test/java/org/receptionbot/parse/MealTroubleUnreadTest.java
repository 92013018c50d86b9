package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;

/**
 * A meal gone wrong that no rule reads ("到餐厅发现没位置了 还要等多久", "菜里有猪油") is never dropped in silence: the bot
 * asks (没能看懂). A question for information about a diet (清真窗口在几号门) or a trouble solved stays silent.
 */
class MealTroubleUnreadTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|湖南到餐厅发现没位置了 还要等多久",
                "hunan|九院餐厅坐满了 我们还要等多久",
                "guangxi|广西 那个晚上要清真的 中午的菜里有猪油 麻烦跟餐厅说一下",
                "hubei|我们到餐厅没座 九院餐厅全坐满了"
            })
    void aMealGoneWrongIsNeverSilent(String sender, String text) {
        ParseOutcome read = PARSER.read(text, sender);
        boolean asks = read instanceof ParseOutcome.Incomplete i && !i.gaps().isEmpty();
        assertThat(!read.records().isEmpty() || asks).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|请问清真窗口在几号门？",
                "hunan|请问今天中午清真窗口开不开",
                "hunan|湖南的午饭在哪领啊 找了一圈没找到",
                "hunan|餐厅没位置的问题已经解决了"
            })
    void aQuestionOrATroubleSolvedAsksNothing(String sender, String text) {
        ParseOutcome read = PARSER.read(text, sender);
        assertThat(read instanceof ParseOutcome.Incomplete i && !i.gaps().isEmpty()).as(text).isFalse();
    }
}
