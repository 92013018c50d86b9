package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;

/** "航班延误了一点", "晚了一点": "a little" late is no one o'clock; an hour with its minutes after 晚了 still is. */
class ALittleLateTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T19:56");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"xinjiang|新疆厅 我们刚落地 5个人 航班延误了一点 不好意思", "hunan|湖南厅到山庄了 6人 路上耽搁了一点", "fujian|福建刚到 车晚了一点 4个人都到了"})
    void aLittleLateKeepsTheArrivalUntimed(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .singleElement()
                .isInstanceOfSatisfying(Arrival.class, a -> assertThat(a.time()).isNull());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"xinjiang|新疆厅的航班晚了 一点半才到|13:30", "hunan|湖南厅改到一点到|13:00"})
    void anHourStaysAnHour(String sender, String text, String time) {
        assertThat(PARSER.at("2026-12-08T09:00").read(text, sender).contractRecords())
                .as(text)
                .anySatisfy(r -> assertThat(r)
                        .isInstanceOfSatisfying(
                                Arrival.class, a -> assertThat(a.time()).hasToString(time)));
    }
}
