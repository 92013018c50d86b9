package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;

/**
 * "有6个教练员改到明天上午才来", "那4个改签到明天早上了": the morning a plan is moved to is when the people move, never a
 * breakfast of their number (which cut the whole team's breakfast to the few).
 */
class MovedToMorningTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-18T16:40");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jilin|吉林的火车准点 17:30到 不过有6个教练员改到明天上午才来",
                "fujian|福建那4个改签到明天早上了 今晚不来了",
                "jilin|有6个教练员改到明天上午",
                "hubei|湖北还有3个人 推迟到明天早上 火车晚点了",
                "hunan|嗯 那两个队医改签到后天上午了"
            })
    void theMorningMovedToIsNoBreakfast(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).noneMatch(MealCount.class::isInstance);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jilin|吉林明天早上6个",
                "fujian|福建明早早饭改成30个",
                "hubei|湖北早上吃饭的改到明天早上 30人吃",
                "guizhou|贵州今晚的饭不吃了 改成明天早上加两个人",
                "hunan|湖南中午不吃了，改成晚上加10人"
            })
    void aMorningMealStaysOne(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .anyMatch(r -> r instanceof MealCount || r instanceof MealAdd);
    }
}
