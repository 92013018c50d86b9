package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * A departure of the whole delegation, then a part of the day with no meal word and the delegation eating before it
 * leaves ("中午吃了饭再走", "早上吃完再出发"): that part's meal as planned, beside the departure.
 */
class PartEatenBeforeLeavingTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-27T14:00");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jilin|吉林明天下午三点走，40人，中午吃了饭再走|LUNCH",
                "jilin|吉林团明天下午三点走 中午吃了再走|LUNCH",
                "tianjin|天津明天下午两点的G1234走 中午吃完饭再走|LUNCH",
                "chongqing|重庆明天下午2点自己的车回重庆 中午在这吃了再走|LUNCH",
                "beijing|北京明天下午两点半的CA1358，42人全走，中午在酒店吃完再走|LUNCH",
                "hunan|湖南明天上午九点的G1106 全部走 早上吃完再出发|BREAKFAST",
                "hunan|湖南明天上午九点的G1106走 早餐吃完再出发|BREAKFAST",
            })
    void thePartsMealIsEatenAsPlanned(String sender, String text, String meal) {
        assertThat(PARSER.read(text, sender).records()).as(text).contains(new MealCount(sender, TOMORROW, meal, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Some of the delegation leave: the part of the day is when those eat.
                "湖南有6个人明天下午两点去机场 坐MU2475回长沙 中午在宾馆吃完再走",
                // No departure said: a plan asked about or said alone is no meal report.
                "湖南明天中午吃完再走吗",
                // Eaten elsewhere before setting off.
                "湖南明天下午两点走 中午在外面吃完再走",
                // A time of leaving, not the meal: 中午 says when.
                "湖南明天中午走 下午到家",
                // People pointed at eat before leaving: not the delegation's meal.
                "湖南明天下午两点走 他们中午在这吃完再走",
                // A correction of the departure: its day is the one corrected, which the chat knows.
                "不是中午走 是下午3点半的D2282不变 中午吃完饭再出发",
            })
    void noMealOfTheDelegation(String text) {
        assertThat(PARSER.read(text, "hunan").records()).noneMatch(MealCount.class::isInstance);
    }
}
