package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;

/** Praise of the food and jokes about it are no problem; a taste complained of still is. */
class FoodOpinionsTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(TestEvents.reference(), "2026-11-22T19:30").as("hunan");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "今晚腊肉太香了 吃撑了 哈哈",
                "饭太好吃了 要胖了",
                "湖南的菜太辣了 哈哈 过瘾",
                "今天的剁椒鱼头太辣了 但是真下饭",
                "菜有点太咸了 不过很香 哈哈",
                "腊肉太油了 可是太好吃了😂",
                "土家菜太辣了 够味 吃得真爽"
            })
    void praiseOrAJokeAboutTheFoodIsNoIssue(String text) {
        PARSER.check(text).hasNo(Issue.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"菜太辣了 很多人吃不了", "今天的菜太咸了 麻烦跟厨房说一下", "饭菜太油了"})
    void aTasteComplainedOfIsStillAnIssue(String text) {
        PARSER.check(text).has(Issue.class);
    }
}
