package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.RecordText;

/** Arrivals and departures in the group: what the answer says they change, and the boards after them. */
class MovementsInChatTest {
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    @Test
    void aDepartureWithoutAnHourSaysItsDayIsStillCountedAndAsksForTheHour() {
        f.reads("有10个人25号先走", new Departure("hunan", nov(25), null, 10, null));

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:00", "有10个人25号先走"))
                .startsWith("已记录：湖南省代表团 11月25日（周三）离开 10人")
                .contains("10人离会：11月26日早餐")
                .endsWith("（未说明几点离开，11月25日早餐、午餐、晚餐仍按这10人在场计；如在用餐前离开，请告知离开时间，如“25号早上6点走”）");
    }

    @Test
    void aDepartureTodayWithoutAnHourNamesTheMealsLeftTodayAndAsksTheHour() {
        f.reads("我们团今天下午有8个人先回去", new Departure("hunan", nov(23), null, 8, null));

        assertThat(f.answerTo("hunan-li", "2026-11-23T14:00", "我们团今天下午有8个人先回去"))
                .endsWith("（未说明几点离开，今天晚餐仍按这8人在场计。是否还按原人数？请告知离开时间，如“今天下午3点走”）");
    }

    @Test
    void theRestLeavingOnAnotherDayWithoutAnHourAreCountedAsTheRestNotTheWholeDelegation() {
        String text = "今天下午3点有8人提前离开 其余明天走";
        f.reads(
                text,
                new Departure("hunan", nov(23), LocalTime.of(15, 0), 8, null),
                new Departure("hunan", nov(24), null, null, null));

        assertThat(f.answerTo("hunan-li", "2026-11-23T09:00", text))
                .contains("11月24日早餐、午餐、晚餐各减8人")
                .contains("仍按其余人员在场计")
                .doesNotContain("全团在场");
    }

    @Test
    void theLeaversSkippingBreakfastAreTakenFromItOnceAndTheAnswerSaysSo() {
        String text = "明早6人7点走，早饭不吃了";
        f.reads(
                text,
                new Departure("hunan", nov(24), LocalTime.of(7, 0), 6, null),
                new MealCancel("hunan", nov(24), "BREAKFAST", 6));

        assertThat(f.answerTo("hunan-li", "2026-11-23T09:00", text))
                .contains("11月24日（周二）早餐 减少6人（35人→29人）")
                .contains("6人离会：11月24日早餐")
                .doesNotContain("减12人");
    }

    @Test
    void aPartialDepartureListsTheMealsItTakesItsPeopleFrom() {
        f.reads("有10个人25号早上6点走，其他人不变", new Departure("hunan", nov(25), LocalTime.of(6, 0), 10, null));

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:00", "有10个人25号早上6点走，其他人不变"))
                .isEqualTo("""
                已记录：湖南省代表团 11月25日（周三）06:00 离开 10人
                10人离会：11月25日早餐、午餐、晚餐，11月26日早餐各减10人""");
        assertThat(f.core.meals
                        .count(nov(25), TestEvents.withPeople().meal("LUNCH").orElseThrow(), "hunan")
                        .diners())
                .isEqualTo(25);
    }

    @Test
    void movesShowAPartialDepartureAsItsPeopleAndThePlanAsTheRest() {
        f.reads("10人26号早上6点先走", new Departure("hunan", nov(26), LocalTime.of(6, 0), 10, null));
        f.say("hunan-li", "2026-11-22T09:00", "10人26号早上6点先走");

        assertThat(f.answerTo("tian", "2026-11-22T09:05", "/moves 26号")).isEqualTo("""
                11月26日（周四） 抵离动态（2项）
                06:00 离开 湖南省代表团 10人（已报，部分人员）
                09:00 离开 湖南省代表团 25人 K1158（按计划，未确认）""");
    }

    @Test
    void statusShowsTheReportedMovementsBesideThePlan() {
        f.reads("10人25号早上6点先走", new Departure("hunan", nov(25), LocalTime.of(6, 0), 10, null));
        f.say("hunan-li", "2026-11-22T09:00", "10人25号早上6点先走");

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:05", "本团情况"))
                .contains("抵达：11月20日（周五）15:00 G1234；离开：其余25人 11月26日（周四）09:00 K1158；10人 11月25日（周三）06:00（已报）");
    }

    @Test
    void anArrivalSaysFromWhichMealItsPeopleAreCounted() {
        f.reads("还有5人23号下午4点到", new Arrival("hunan", nov(23), LocalTime.of(16, 0), 5, null));

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:00", "还有5人23号下午4点到")).isEqualTo("""
                已记录：湖南省代表团 11月23日（周一）16:00 抵达 5人
                5人尚未到达：11月22日午餐、晚餐，11月23日早餐、午餐各减5人
                5人自11月23日晚餐起计入用餐""");
    }

    @Test
    void aWholeCancellationWithTheDepartureBeforeItIsNotQuestioned() {
        String text = "24号中午开始就不在这吃了 24号上午10点半坐G1786走";
        f.reads(
                text,
                new MealCancel("hunan", nov(24), "LUNCH", null),
                new Departure("hunan", nov(24), LocalTime.of(10, 30), null, "G1786"));

        String answer = f.answerTo("hunan-li", "2026-11-22T09:00", text);

        assertThat(answer).startsWith("已记录：湖南省代表团 11月24日（周二）午餐 取消全团").doesNotContain("请核实日期");
    }

    @Test
    void aDelegationThatLeftReadsAsLeftOnTheBoardNotAsAClippedCancellation() {
        f.reads("24号走", new Departure("hunan", nov(24), LocalTime.of(8, 0), null, null));
        f.reads("24号晚饭少5人", new MealCancel("hunan", nov(24), "DINNER", 5));
        f.say("hunan-li", "2026-11-22T09:00", "24号走");

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:01", "24号晚饭少5人"))
                .startsWith("已记录：湖南省代表团 11月24日（周二）晚餐 减少5人（该团此时已离会，按0人计，请核实日期）");
        String board = new MealBoardText(new RecordText(f.core.event))
                .render(f.core.meals.board(
                        nov(24), TestEvents.withPeople().meal("DINNER").orElseThrow(), f.core.clock.instant()));
        assertThat(board).contains("  已离会：湖南共1个团\n").doesNotContain("个团0人").doesNotContain("已按0人计");
    }

    @Test
    void aPartArrivingTheSameAfternoonTakesOnlyTheMealBeforeItAndKeepsThePast() {
        f.reads("还有5人23号下午3点到", new Arrival("hunan", nov(23), LocalTime.of(15, 0), 5, null));

        assertThat(f.answerTo("hunan-li", "2026-11-23T10:00", "还有5人23号下午3点到")).isEqualTo("""
                已记录：湖南省代表团 11月23日（周一）15:00 抵达 5人
                5人尚未到达：11月23日午餐减5人
                5人自11月23日晚餐起计入用餐
                ⚠已过报餐截止时间，本次变更已通知协调组。""");
    }
}
