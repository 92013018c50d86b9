package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;

/**
 * Meals said beside a correction of another meal, an explanation, a likening or a departure: each meal the
 * message gives is recorded and answered as it stands, and nothing harmless is asked back.
 */
class MealsBesideOtherWordsTest {
    private static final Event EVENT = TestEvents.withPeople();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @Test
    void aDepartureBesideTodaysMealsCancelsOnlyTheMealsAfterIt() {
        String answer = f.answerTo("hunan-li", "2026-11-22T07:35", "湖南今天中午不回来了 晚上的话30个人 明天早上8点半全团走 坐G1118");

        assertThat(answer).contains("相应取消用餐：11月23日午餐至11月26日").doesNotContain("11月22日午餐至");
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(30);
        assertThat(f.diners(DAY, "LUNCH", "hunan")).isZero();
    }

    @Test
    void correctingAnEarlierMealOfTheMessageLeavesTheMealBetween() {
        String answer = f.answerTo("hunan-li", "2026-11-22T07:50", "湖南中午30 晚上33 说错了 中午是28");

        assertThat(f.diners(DAY, "LUNCH", "hunan")).isEqualTo(28);
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(33);
        assertThat(answer).doesNotContain("30人").doesNotContain("没能");
    }

    @Test
    void aFigureTakenBackAndALikeningAreNotAskedBack() {
        assertThat(f.answerTo("hunan-li", "2026-11-22T07:35", "湖南中午30 跟昨天一样")).doesNotContain("没能");
        assertThat(f.answerTo("hunan-li", "2026-11-22T21:30", "湖南明早早饭 31个 哦 不对 有3个要赶早班车 28个"))
                .doesNotContain("没能");
        assertThat(f.diners(DAY.plusDays(1), "BREAKFAST", "hunan")).isEqualTo(28);
    }

    @Test
    void mealsPutBackAfterAReductionAreAsPlanned() {
        String answer = f.answerTo("hunan-li", "2026-11-22T10:05", "湖南中午少两个 晚上加回来");

        assertThat(answer).doesNotContain("请问");
        assertThat(f.diners(DAY, "LUNCH", "hunan")).isEqualTo(33);
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(35);
    }

    @Test
    void patientsSaidBetterAreTalk() {
        assertThat(f.answerOrNull("hunan-li", "2026-11-22T21:30", "湖南那个发烧的两个队员 好多了 谢谢关心"))
                .isNull();
    }
}
