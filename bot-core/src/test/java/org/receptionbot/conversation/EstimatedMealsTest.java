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
}
