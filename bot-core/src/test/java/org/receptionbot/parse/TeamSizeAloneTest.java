package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;

/**
 * Session 37: a message that only says a delegation's size ("总共还是26个人", "我们一共35人") records nothing and is not
 * asked about ({@link TeamSizeSaid}); the same figure with a meal, a day or a movement is still read or asked.
 */
class TeamSizeAloneTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|总共还是26个人", "hunan|我们一共35人", "''|湖南总共35个哈", "''|湖南队一共是35人", "hunan|总共35位"})
    void aSizeAloneIsTalk(String sender, String text) {
        AT.check(text, sender.isEmpty() ? null : sender).nothing();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|总共还是26个人 晚饭照常", "hunan|晚饭总共26个人", "hunan|明天总共走26个人", "hunan|一共到了26个人", "hunan|3号车总共26个人"})
    void aSizeWithMoreIsNoTalk(String sender, String text) {
        AT.check(text, sender).someRecords();
    }
}
