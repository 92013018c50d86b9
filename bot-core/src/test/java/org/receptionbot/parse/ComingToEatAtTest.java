package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.MealCount;

/**
 * A delegation's meal figure, then the clock time it comes to an eating place or comes once the games are over
 * ("今晚宵夜要60份 决赛打完大概10点到土家山寨", "广西宵夜20个 比赛完大概九点四十到", trial 49): the time is when they eat, the
 * delegation is already here, no arrival; the meal keeps its figure and a late-night meal said in the evening is
 * tonight's. An arrival at a clock time with nothing to say the games are over, or by train, stays an arrival.
 */
class ComingToEatAtTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T18:40");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|今晚宵夜要60份 决赛打完大概10点到土家山寨|LATE_NIGHT|60",
                "guangxi|广西宵夜20个 比赛完大概九点四十到|LATE_NIGHT|20",
                "hubei|今晚宵夜要60份，10点到土家山寨|LATE_NIGHT|60",
                "hunan|湖南今晚宵夜30个 训练完9点左右到|LATE_NIGHT|30",
                "yunnan|云南宵夜要38份 打完10点到土家山寨吃宵夜|LATE_NIGHT|38",
                "sichuan|四川宵夜45份 比完大概10点半到餐厅|LATE_NIGHT|45",
                "gansu|甘肃晚饭29个 比赛结束7点半到餐厅吃|DINNER|29",
                // trials 70 and 72: back at the team's hotel once the games are over.
                "chongqing|重庆今晚宵夜要30份 比赛完大概十点到酒店|LATE_NIGHT|30",
                "hubei|今晚宵夜要60份 比赛完大概十点到酒店|LATE_NIGHT|60",
                "hunan|湖南宵夜25个 训练完9点左右到宾馆|LATE_NIGHT|25"
            })
    void theHourToComeToEatIsNoArrival(String sender, String text, String meal, int count) {
        PARSER.check(text, sender)
                .contractHasNo(Arrival.class)
                .recordsInclude(new MealCount(sender, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|湖南晚饭35个 明天下午3点到",
                "hunan|湖南晚上10点到土家山寨",
                "hunan|湖南35人 明天下午3点到酒店",
                "hunan|湖南今晚宵夜30个 另外6个队员坐G1234 9点到",
                "hunan|湖南宵夜30个 还有6个教练晚上10点到酒店",
                "hunan|湖南晚饭35个 明天下午3点到酒店"
            })
    void anArrivalOfTheDelegationStays(String sender, String text) {
        PARSER.check(text, sender).contractHas(Arrival.class);
    }
}
