package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealCount;

/** 廿 and 卅 (twenty, thirty) as people type them: a bare figure with no unit is read like 二十 and 三十. */
class TwentyAndThirtyWordsTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-28T09:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"12号车山东队 实到卅九|39", "3号车实到廿八|28", "5号车 实到卅|30", "7号车实到卅一 人齐|31"})
    void aBusCountInWords(String text, int count) {
        assertThat(PARSER.read(text, null).contractRecords())
                .as(text)
                .singleElement()
                .isInstanceOfSatisfying(
                        Headcount.class, h -> assertThat(h.count()).isEqualTo(count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"shandong|山东晚饭卅九|39", "hunan|湖南中午廿八|28", "jiangxi|江西明早 廿七|27"})
    void aMealFigureInWords(String sender, String text, int count) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .singleElement()
                .isInstanceOfSatisfying(
                        MealCount.class, m -> assertThat(m.count()).isEqualTo(count));
    }
}
