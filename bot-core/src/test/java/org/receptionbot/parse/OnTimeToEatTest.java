package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;

/**
 * After a meal said in the message, coming 准时/按时 at an hour is coming to eat ("晚饭30个 在餐厅吃 6点准时到", "宵夜25份 我们9点准时到",
 * "明天午饭12点吃是吧 那我们20个都按时到"): the delegation is already here, no arrival. A train on time, a day said with the
 * hour or no meal said before stays an arrival.
 */
class OnTimeToEatTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-21T10:15");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|湖南晚饭30个 在餐厅吃 6点准时到",
                "hunan|湖南宵夜25份 麻烦跟餐厅说一声 我们9点准时到",
                "gansu|甘肃明天午饭12点吃是吧 那我们20个都按时到",
                "hubei|湖北今天午饭22个 十二点按时到"
            })
    void onTimeAfterAMealIsComingToEat(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).noneMatch(r -> r instanceof Arrival);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|湖南30人 下午3点准时到",
                "hunan|晚饭30个 我们坐G1234 下午3点准时到",
                "gansu|甘肃晚饭20个 剩下的明天下午3点准时到",
                "hubei|湖北22人 下午3点准时到 晚饭22个"
            })
    void anArrivalOnTimeStaysAnArrival(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).anyMatch(r -> r instanceof Arrival);
    }
}
