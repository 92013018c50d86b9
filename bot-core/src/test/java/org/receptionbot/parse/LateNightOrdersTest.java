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
                "-|贵州宵夜要三个人的|guizhou"
            },
            nullValues = "-")
    void anOrderIsAMealRequest(String sender, String text, String delegation) {
        PARSER.check(text, sender)
                .understood()
                .contract(new Issue(IssueCategory.MEAL, delegation, text))
                .hasNo(MealRecord.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"宵夜不要了 谢谢", "重庆的几个人今晚想吃宵夜，有没有", "北海线回来的同志晚上要宵夜吗 报一下", "谢谢会务组的夜宵🙏", "今晚宵夜有没有安排"})
    void noOrderIsNoRequest(String text) {
        PARSER.check(text, "chongqing").hasNo(Issue.class);
    }

    @org.junit.jupiter.api.Test
    void onAnEventWithALateNightMealTheMealIsRead() {
        ParserFixture.of(TestEvents.reference(), "2026-11-23T18:30")
                .check("湖南今晚宵夜5份", "hunan")
                .has(MealRecord.class)
                .hasNo(Issue.class);
    }
}
