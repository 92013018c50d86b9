package org.receptionbot.adapters.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;

/** The opening line that tells a new user which of today's meals no longer change and how to rehearse the day. */
class OpenedMealsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Event EVENT = new Event(
            "测试运动会",
            ZONE,
            LocalDate.of(2026, 11, 18),
            LocalDate.of(2026, 11, 29),
            new Event.Location("示例县", 30.27, 109.49),
            List.of(meal("BREAKFAST", "早餐", 7, 0), meal("LUNCH", "午餐", 11, 30), meal("DINNER", "晚餐", 17, 30)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    private static Meal meal(String id, String name, int hour, int minute) {
        LocalTime from = LocalTime.of(hour, minute);
        return new Meal(id, List.of(name), from, from.plusHours(2), new Meal.Deadline(0, from.minusHours(2)));
    }

    private static String at(String date, String time) {
        return OpenedMeals.hint(EVENT, ZonedDateTime.of(LocalDate.parse(date), LocalTime.parse(time), ZONE))
                .orElse(null);
    }

    @Test
    void afterDinnerHasOpenedTheLineSaysTodaysMealsStandAndHowToRehearseFromTheMorning() {
        assertThat(at("2026-11-22", "17:58"))
                .isEqualTo("提示：现在是11月22日（周日）17:58，今天的早餐、午餐、晚餐已开餐，报餐人数是结算依据，不再变更"
                        + "（如“今天晚餐少5人”不予记录）；明天的餐仍可报送，如“明天晚餐少5人”。要从早上开始演练这一天，请先输入 :time 08:00。");
    }

    @Test
    void atNoonTheLaterMealsOfTodayAreNamedAsStillOpen() {
        assertThat(at("2026-11-22", "12:10"))
                .contains("今天的早餐、午餐已开餐")
                .contains("今天的晚餐和明天的餐仍可报送")
                .contains(":time 08:00");
    }

    @Test
    void beforeTheFirstMealOrOnADayWithNoMealsNothingIsSaid() {
        assertThat(at("2026-11-22", "06:30")).isNull();
        assertThat(at("2026-12-10", "19:00")).isNull();
    }

    @Test
    void onTheLastDayNoTomorrowIsOffered() {
        assertThat(at("2026-11-29", "19:00")).contains("今天是最后一天，各餐均已开餐。").doesNotContain("明天");
    }
}
