package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;

/**
 * Trials 56 and 61: a team's liaison owning the people a bus is short of and saying how they travel instead ("3号车少2个
 * 是我们的 两个坐6号车先回酒店了") reports nothing: no head count of the figure, no departure, no question. A drop-out or a
 * departure said of them stays a report.
 */
class BusShortAccountedTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T16:20");

    @ParameterizedTest
    @CsvSource({
        "3号车少2个 是我们的 两个坐6号车先回酒店了, hunan",
        "4号车差的两个是我们的 刚从洗手间出来 马上到, hebei",
        "少的3个是我们3个队员下午才比赛 坐10点的车, hunan",
        "不好意思 7号车差的那个是我们浙江的 他自己打车过去了, zhejiang",
        "5号车少的那位是我们的 坐了6号车 一起到, jiangsu",
        "2号车少1个 是我们湖北的 上了1号车了, hubei"
    })
    void aShortfallOwnedAndAccountedForReportsNothing(String text, String sender) {
        PARSER.check(text, sender).nothing().asksNothing();
    }

    @ParameterizedTest
    @CsvSource({"7号车少的那个是北京的 柳州考察他不参加了 去市里见个朋友, beijing", "6号车少的那个是我们湖北的 下午柳州他就不去了, hubei"})
    void aShortfallDroppingOutIsNoTalk(String text, String sender) {
        assertThat(PARSER.read(text, sender)).isNotInstanceOf(ParseOutcome.NothingToRecord.class);
    }

    @ParameterizedTest
    @CsvSource({
        "1号车少的那个是我们重庆谭处 他从百色坐D3926回重庆了 晚上7点12的, chongqing",
        "5号车少的那个是我们吉林的 家里有事先打车回南宁了 今晚21:40 MU2578回长春 就他1个, jilin"
    })
    void aShortfallLeavingForGoodIsADeparture(String text, String sender) {
        PARSER.check(text, sender).has(Departure.class);
    }

    @ParameterizedTest
    @CsvSource({"4号车少的那位是福建厅的 在服务区走散了 电话一直没人接, fujian", "3号车少2个 是我们的 有一个不舒服 坐6号车先回酒店了, hunan"})
    void aShortfallWithAProblemIsNoTalk(String text, String sender) {
        assertThat(PARSER.read(text, sender)).isNotInstanceOf(ParseOutcome.NothingToRecord.class);
    }
}
