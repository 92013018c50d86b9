package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;

/** 到 after a verb of staying (房间留到下午3点, 住到后天, 待到晚上) says until when, and brings nobody in. */
class StayingUntilTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T17:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gansu|甘肃明天比赛完回来 房间能不能留到下午3点 延迟退房",
                "hubei|湖北有3个人要住到后天 房间麻烦续一下",
                "henan|河南的车能不能在门口待到晚上9点",
                "sichuan|四川那两间房帮我们留到明天中午12点 谢谢"
            })
    void stayingUntilAnHourIsNoArrival(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).noneMatch(Arrival.class::isInstance);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"gansu|甘肃明天下午3点到 32人", "hubei|湖北的3个替补明天中午12点到"})
    void anArrivalStaysOne(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).anyMatch(Arrival.class::isInstance);
    }
}
