package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.VisitChange;

/** 改区 is 改去 as the pinyin input method slips ("柳州那两个里面有一个改区北海了"); 改区划 stays. */
class SwitchTypoTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T07:25");

    @ParameterizedTest
    @CsvSource({"shanghai, 上海的 柳州那两个里面有一个改区北海了, 1, liuzhou, beihai", "hunan, 湖南有两个改区柳州了, 2, , liuzhou"})
    void slipIsASwitch(String sender, String text, int count, String from, String to) {
        PARSER.check(text, sender).records(new VisitChange(sender, count, from, to));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 湖南那边改区划了"})
    void otherWordsStay(String sender, String text) {
        PARSER.check(text, sender).hasNo(VisitChange.class);
    }
}
