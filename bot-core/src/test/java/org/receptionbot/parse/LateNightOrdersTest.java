package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealRecord;

/**
 * A late-night meal ordered on the conference, whose event plans none (trial 48: "重庆今晚宵夜5份" refused as dinner), is
 * a meal request of the delegation, never a dinner figure; declined, asked about or thanked for, it orders nothing.
 */
class LateNightOrdersTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T18:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "chongqing|重庆今晚宵夜5份 百色回来饿了|chongqing",
                "jingwei|警卫局今晚宵夜2份 夜里值班|jingwei",
                "shaanxi|陕西今晚要夜宵 5份 10点送到房间|shaanxi",
                "guangdong|广东晚上宵夜4份 北海回来的|guangdong",
                "hunan|今晚给我们准备6份夜宵|hunan",
                "-|贵州宵夜要三个人的|guizhou",
                // trial 50: the hour wanted between the word and the figure; 晚上 is no dinner
                "hainan|海南4个 晚上想吃点宵夜 10点左右 4份|hainan",
                "sichuan|四川晚上要夜宵 十点半 3份|sichuan",
                "hunan|湖南今晚宵夜 9点前 两份 送到8楼|hunan",
                "-|云南晚上想吃夜宵 11点 5个人|yunnan"
            },
            nullValues = "-")
    void anOrderIsAMealRequest(String sender, String text, String delegation) {
        PARSER.check(text, sender)
                .understood()
                .contract(new Issue(IssueCategory.MEAL, delegation, text))
                .hasNo(MealRecord.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "宵夜不要了 谢谢",
                "重庆的几个人今晚想吃宵夜，有没有",
                "北海线回来的同志晚上要宵夜吗 报一下",
                "谢谢会务组的夜宵🙏",
                "今晚宵夜有没有安排",
                "晚上10点的宵夜不要了 4份都取消",
                "宵夜10点有吗 4个人"
            })
    void noOrderIsNoRequest(String text) {
        PARSER.check(text, "chongqing").hasNo(Issue.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"海南晚饭4个 宵夜10点 4份|4", "晚餐6个人 晚上还要宵夜 十点 6份|6"})
    void aDinnerSaidBesideTheOrderIsStillTheDinner(String text, int dinner) {
        PARSER.check(text, "hainan")
                .recordsInclude(new org.receptionbot.record.MealCount(
                        "hainan", java.time.LocalDate.of(2026, 12, 9), "DINNER", dinner));
    }

    @org.junit.jupiter.api.Test
    void onAnEventWithALateNightMealTheMealIsRead() {
        ParserFixture.of(TestEvents.reference(), "2026-11-23T18:30")
                .check("湖南今晚宵夜5份", "hunan")
                .has(MealRecord.class)
                .hasNo(Issue.class);
    }
}
