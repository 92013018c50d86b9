package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;

/**
 * Round bg: words of a report that record something else, or nothing. People not coming (中午有八个不过来了) miss the
 * meal, no arrival. Going to a hall of a sport (八点要到摔跤馆) is no arrival at the event;
 * a bus running as usual (明早正常出车) no meal as planned; a meal's figure or place questioned (中午报35是不是多了,
 * 明早在清江吃早饭还是去哪啊) no report. The reports they look like stay read.
 */
class ReportLookalikesRoundBgTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-24T07:16");

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "xinjiang;9号车找不到了 张师傅电话也打不通 我们八点要到摔跤馆 急急急;ISSUE|VEHICLE|xinjiang|",
                "sichuan;7号车还没来 我们九点要到毽球馆比赛;ISSUE|VEHICLE|sichuan|",
                "hunan;湖南35人下午两点到九院宾馆;ARRIVAL|hunan|2026-11-24|14:00|35|null|",
                "hunan;明早正常 35个;MEAL_COUNT|hunan|2026-11-25|BREAKFAST|35|",
                "hunan;明早正常吃;MEAL_COUNT|hunan|2026-11-25|BREAKFAST|null|",
                "bingtuan;兵团中午有八个不过来了;MEAL_CANCEL|bingtuan|2026-11-24|LUNCH|8|",
                "hunan;湖南晚上有两个不过来了;MEAL_CANCEL|hunan|2026-11-24|DINNER|2|",
                "'';四川中午有5个不过来了 在赛场吃;MEAL_CANCEL|sichuan|2026-11-24|LUNCH|5|",
                "hunan;湖南有两个明天过来;ARRIVAL|hunan|2026-11-25|null|2|null|",
                "hunan;还有两个人下午过来;ARRIVAL|hunan|2026-11-24|null|2|null|"
            })
    void theReportIsReadAsWhatItSays(String sender, String text, String expected) {
        assertThat(CorpusCase.keys(AT.read(text, sender).contractRecords()))
                .as(text)
                .containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "'';车队：北京10号车今晚修好 明早正常出车",
                "'';车队：5号车修好了 下午正常发车",
                "hainan;那个 海南搬到清江的五个明早在清江吃早饭还是去哪啊",
                "hunan;明天中午我们去哪吃啊",
                "hubei;@湖南 你们上车的只有33个 中午报35是不是多了",
                "'';江苏晚饭报40是不是报错了",
                "hunan;湖南下午两点要到篮球馆"
            })
    void nothingIsRecorded(String sender, String text) {
        AT.check(text, sender.isEmpty() ? null : sender).noContract();
    }
}
