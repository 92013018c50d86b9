package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;

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
                "jilin|吉林明天早上6个|MEAL_COUNT|2026-11-19|BREAKFAST|6",
                "fujian|福建明早早饭改成30个|MEAL_COUNT|2026-11-19|BREAKFAST|30",
                "hubei|湖北早上吃饭的改到明天早上 30人吃|MEAL_COUNT|2026-11-19|BREAKFAST|30",
                "guizhou|贵州今晚的饭不吃了 改成明天早上加两个人|MEAL_ADD|2026-11-19|BREAKFAST|2",
                "hunan|湖南中午不吃了，改成晚上加10人|MEAL_ADD|2026-11-18|DINNER|10"
            })
    void aMorningMealStaysOne(String sender, String text, String type, LocalDate date, String meal, int count) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(type);
            MealRecord m = (MealRecord) r;
            assertThat(m.date()).isEqualTo(date);
            assertThat(m.meal()).isEqualTo(meal);
            Integer figure = r instanceof MealCount c ? c.count() : Integer.valueOf(((MealAdd) r).count());
            assertThat(figure).isEqualTo(count);
        });
    }
}
