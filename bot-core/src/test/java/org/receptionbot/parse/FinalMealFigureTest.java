package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * A meal's figure said, then the one meant after it (改成, 变, 现在, 其实是, 不是…是, 一共, 实际, 所以是, 还有… N): the
 * last figure is the meal's count, and the reason said around it (who was added, who is away) is no record of its own;
 * only those coming back to eat (只有40个人回来吃饭), beside a group eating elsewhere with no figure, are the count too.
 */
class FinalMealFigureTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T14:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "guangxi|刚才说晚饭45 其实是46|guangxi|DINNER|46",
                "hunan|刚才报的晚饭30 其实是32个|hunan|DINNER|32",
                "-|天津队晚饭原来报30 现在28 有俩在房间收拾行李不下来了|tianjin|DINNER|28",
                "-|安徽的晚饭有变化 原来报29 现在25 去药检的回不来|anhui|DINNER|25",
                "-|江苏晚饭34改成36 加两个裁判|jiangsu|DINNER|36",
                "-|河北晚饭36改成33 有三个去医院陪练了|hebei|DINNER|33",
                "-|湖北晚饭改一下 60变58 有两个运动员扭伤了在医务室|hubei|DINNER|58",
                "-|吉林晚饭40变成38 两个教练去县里开会|jilin|DINNER|38",
                "-|内蒙今晚宵夜22个 哦还有司机王师傅 23|neimenggu|LATE_NIGHT|23",
                "-|四川宵夜30个 还有两个司机 32|sichuan|LATE_NIGHT|32",
                "-|广西晚饭回来吃 52个 加彭师傅和另一个司机 一共54个|guangxi|DINNER|54",
                "-|陕西晚饭33人 还有三个司机也吃 一共36|shaanxi|DINNER|36",
                "-|广西晚上报五十二个人有两个陪运动员在医院输液回不来所以实际五十个|guangxi|DINNER|50",
                "-|云南晚饭55 有5个去市里比赛了 所以是50|yunnan|DINNER|50",
                "-|湖南晚上再改一次 三十改成三十二 又回来两个|hunan|DINNER|32",
                "-|贵州晚饭再改一下 50改为47 走了三个|guizhou|DINNER|47"
            })
    void theLastFigureIsTheMealsCount(String sender, String text, String team, String meal, int count) {
        PARSER.check(text, sender).contract(new MealCount(team, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"江苏晚饭34改成36 加两个裁判", "湖北晚饭改一下 60变58 有两个运动员扭伤了在医务室", "广西晚饭回来吃 52个 加彭师傅和另一个司机 一共54个"})
    void theReasonIsNoRecordOfItsOwn(String text) {
        PARSER.check(text)
                .understood()
                .contractHasNo(MealAdd.class)
                .contractHasNo(MealCancel.class)
                .contractHasNo(Issue.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖北晚饭改一下 60变58 有两个运动员扭伤了 能不能请医生来看一下", "湖北晚饭60改成58 有两个发烧了 麻烦安排医生看一下"})
    void aReasonThatAsksIsStillAnIssue(String text) {
        PARSER.check(text).contractHas(Issue.class).recordsInclude(new MealCount("hubei", TODAY, "DINNER", 58));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // a figure of people doing something now, a question, another meal after it
                "-|湖南晚饭22个 现在3个到了|hunan|DINNER|22",
                "-|吉林晚饭40 宵夜38|jilin|DINNER|40",
                "-|辽宁晚饭30个 还有两个司机 明天早上33|liaoning|DINNER|30"
            })
    void anotherStatementIsNoRevisedFigure(String sender, String text, String team, String meal, int count) {
        PARSER.check(text, sender).recordsInclude(new MealCount(team, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "-|早 广西今天中午只有四十个人回来吃饭 射弩那几个在场馆吃盒饭|guangxi|LUNCH|40",
                "-|湖南今天中午只有30个人回来吃 打篮球的在体育馆吃盒饭|hunan|LUNCH|30",
                "-|四川今天晚上只有40个回来吃饭 比赛的那些在赛场那边吃|sichuan|DINNER|40"
            })
    void onlyThoseComingBackAreTheCount(String sender, String text, String team, String meal, int count) {
        PARSER.check(text, sender).contract(new MealCount(team, TODAY, meal, count));
    }

    @Test
    void aFigureOrMealAfterIsItsOwnStatement() {
        PARSER.check("湖南今天中午只有30个人回来吃 另外5个在体育馆吃盒饭").contract(new MealCount("hunan", TODAY, "LUNCH", 30));
        PARSER.check("湖南今天中午只有30个人回来吃 晚饭不吃了")
                .contract(new MealCount("hunan", TODAY, "LUNCH", 30), new MealCancel("hunan", TODAY, "DINNER", null));
    }
}
