package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/** A meal's estimated figure beside a recorded one is named as an estimate, not passed over. */
class EstimatedMealsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    @Test
    void anEstimatedDinnerBesideALunchFigureIsSaidToBeAnEstimateToReportWhenKnown() {
        String text = "我们团今天中午吃饭的30个 晚上估计40个左右 明早的还没定";
        f.reads(text, new MealCount("hunan", DAY, "LUNCH", 30));

        String answer = f.answerTo("hunan-li", "2026-11-22T09:00", text);

        assertThat(answer)
                .startsWith("已记录：湖南省代表团 11月22日（周日）午餐 报餐30人")
                .contains("晚餐“晚上估计40个左右”是估计数，未记录；确定后请报准确人数，如“晚餐40人”。")
                .doesNotContain("明早");
        assertThat(f.core.meals
                        .count(DAY, f.core.event.meal("DINNER").orElseThrow(), "hunan")
                        .reported())
                .isFalse();
    }

    @Test
    void aReportWithExactFiguresOnlySaysNothingOfEstimates() {
        f.reads("中午30 晚上40", new MealCount("hunan", DAY, "LUNCH", 30), new MealCount("hunan", DAY, "DINNER", 40));

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:00", "中午30 晚上40")).doesNotContain("估计");
    }

    @Test
    void anEstimatedDinnerOfTomorrowIsSaidToBeAnEstimateBesideTodaysDinner() {
        String text = "晚上40个 明天早饭40 午饭40 晚饭估计35个左右";
        f.reads(
                text,
                new MealCount("hunan", DAY, "DINNER", 40),
                new MealCount("hunan", DAY.plusDays(1), "BREAKFAST", 40),
                new MealCount("hunan", DAY.plusDays(1), "LUNCH", 40));

        assertThat(f.answerTo("hunan-li", "2026-11-22T12:00", text))
                .contains("晚餐“晚饭估计35个左右”是估计数，未记录；确定后请报准确人数，如“晚餐35人”。");
    }

    @Test
    void anEstimateTakenBackForAFigureOfTheSameDayIsNotNamed() {
        String text = "明天晚饭估计35个左右 不对 明天晚饭就35个";
        f.reads(text, new MealCount("hunan", DAY.plusDays(1), "DINNER", 35));

        assertThat(f.answerTo("hunan-li", "2026-11-22T12:00", text)).doesNotContain("估计数");
    }

    @Test
    void theDayOfAnEstimateIsTheLastDaySaidUpToIt() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(EstimatedMeals.daySaid("明天早饭40", today)).contains(today.plusDays(1));
        assertThat(EstimatedMeals.daySaid("3号车 2号晚饭估计30个", today)).contains(LocalDate.of(2026, 12, 2));
        assertThat(EstimatedMeals.daySaid("晚饭估计35个左右", today)).isEmpty();
    }
}
