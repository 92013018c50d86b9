package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.VisitChange;
import org.receptionbot.reminder.Briefings;
import org.receptionbot.reminder.InMemorySaidOnce;
import org.receptionbot.reminder.MealDeadlines;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.RecordText;

/**
 * A report held for its sender's confirmation (a figure far above the delegation's size) is kept
 * until it is confirmed, corrected, replaced by a newer report for the same serving, or its day has
 * passed; while held it is on the board and in the deadline reminder as 待确认, never 未报.
 */
class HeldReportsTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());
    private final Meal dinner = f.core.event.meal("DINNER").orElseThrow();

    private int hunanDinner() {
        return f.core.meals.count(SUNDAY, dinner, "hunan").diners();
    }

    private MealBoard board(String at) {
        return f.core.meals.board(SUNDAY, dinner, ConversationFixture.time(at));
    }

    private void holdAbsurdDinner() {
        f.reads("晚饭报350人", new MealCount("hunan", SUNDAY, "DINNER", 350));
        f.say("hunan-li", "2026-11-22T09:00", "晚饭报350人");
    }

    @Test
    void theQuestionSaysTheHoldLastsUntilConfirmedNotTenMinutes() {
        holdAbsurdDinner();

        assertThat(f.lastTo(GROUP).text())
                .contains("确认前不计入人数，汇总和报餐提醒中列为“待确认”；所报日期结束前确认均有效。")
                .doesNotContain("10分钟");
    }

    @Test
    void aConfirmationFortyMinutesLaterStillRecordsTheHeldFigure() {
        holdAbsurdDinner();

        f.say("hunan-li", "2026-11-22T09:40", "确认");

        assertThat(hunanDinner()).isEqualTo(350);
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 报餐350人（35人→350人）");
        assertThat(board("2026-11-22T09:41").held()).isEmpty();
    }

    @Test
    void whileHeldTheBoardListsItAsWaitingOutsideTheTotalAndNotAsUnreported() {
        holdAbsurdDinner();

        MealBoard board = board("2026-11-22T09:40");
        String text = new MealBoardText(new RecordText(f.core.event)).render(board);

        assertThat(board.notReported()).extracting(d -> d.id()).doesNotContain("hunan");
        assertThat(text)
                .contains("湖南省代表团 35人（所报人数待确认，暂按未报计）")
                .contains("待确认（1条，未计入合计）：\n  湖南省代表团 11月22日（周日）晚餐 报餐350人（李娜 09:00报，待其确认）");
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void theDeadlineReminderNamesTheHeldReportAsWaitingNotUnreported() {
        holdAbsurdDinner();
        MealDeadlines deadlines = new MealDeadlines(
                f.core.event,
                f.core.meals,
                new RecordText(f.core.event),
                f.outbox,
                new InMemorySaidOnce(),
                Duration.ofMinutes(30));

        assertThat(deadlines.fire(
                        MealDeadlines.Kind.WARN, SUNDAY, "DINNER", ConversationFixture.time("2026-11-22T14:30")))
                .isEqualTo(org.receptionbot.reminder.Spoken.SAID);

        String reminder = f.lastTo(GROUP).text();
        assertThat(reminder)
                .startsWith("【报餐提醒】11月22日（周日）晚餐报餐将于15:00截止")
                .contains("以下1条报告待发送人确认（确认前不计入人数，截止时仍未确认的按未报计）：\n湖南省代表团 报餐350人（李娜 09:00报，请其确认）");
        assertThat(reminder.substring(0, reminder.indexOf("以下1条报告待发送人确认"))).doesNotContain("湖南");
    }

    @Test
    void theSendersUndoWithdrawsTheHeldReportSoALaterConfirmationRecordsNothing() {
        holdAbsurdDinner();

        String undone = f.answerTo("hunan-li", "2026-11-22T09:02", "撤销");
        f.say("hunan-li", "2026-11-22T09:03", "确认");

        assertThat(undone).isEqualTo("已撤回待确认的“湖南省代表团 11月22日（周日）晚餐 报餐350人”，未记录，无需再确认。");
        assertThat(hunanDinner()).isEqualTo(35);
        assertThat(board("2026-11-22T09:04").held()).isEmpty();
    }

    @Test
    void anUndoAfterAQueryStillWithdrawsTheHeldReportNotAnOlderRecordedOne() {
        f.reads("午饭报33人", new MealCount("hunan", SUNDAY, "LUNCH", 33));
        f.say("hunan-li", "2026-11-22T08:00", "午饭报33人");
        holdAbsurdDinner();
        f.say("hunan-li", "2026-11-22T09:01", "查看晚餐");

        String undone = f.answerTo("hunan-li", "2026-11-22T09:02", "撤销");

        assertThat(undone).startsWith("已撤回待确认的“湖南省代表团 11月22日（周日）晚餐 报餐350人”");
        assertThat(f.core.meals
                        .count(SUNDAY, f.core.event.meal("LUNCH").orElseThrow(), "hunan")
                        .diners())
                .isEqualTo(33);
    }

    @Test
    void anUndoAfterARecordedReportTakesThatReportBackAndLeavesTheOlderHoldWaiting() {
        holdAbsurdDinner();
        f.reads("午饭报33人", new MealCount("hunan", SUNDAY, "LUNCH", 33));
        f.say("hunan-li", "2026-11-22T09:01", "午饭报33人");

        String undone = f.answerTo("hunan-li", "2026-11-22T09:02", "撤销");

        assertThat(undone).startsWith("已撤销：湖南省代表团 11月22日（周日）午餐 报餐33人");
        assertThat(board("2026-11-22T09:03").held()).singleElement();
    }

    @Test
    void aNewerReportForTheSameServingReplacesTheHold() {
        holdAbsurdDinner();
        f.reads("晚饭报33人", new MealCount("hunan", SUNDAY, "DINNER", 33));

        f.say("hunan-li", "2026-11-22T09:20", "晚饭报33人");
        f.say("hunan-li", "2026-11-22T09:40", "确认");

        assertThat(hunanDinner()).isEqualTo(33);
        assertThat(board("2026-11-22T09:41").held()).isEmpty();
    }

    @Test
    void aReportForAnotherServingLeavesTheHoldWaiting() {
        holdAbsurdDinner();
        f.reads("午饭报33人", new MealCount("hunan", SUNDAY, "LUNCH", 33));

        f.say("tian", "2026-11-22T09:20", "午饭报33人");

        assertThat(board("2026-11-22T09:21").held()).singleElement();
    }

    @Test
    void aHoldLapsesOnceItsDayHasPassed() {
        holdAbsurdDinner();

        f.say("hunan-li", "2026-11-23T00:10", "确认");

        assertThat(hunanDinner()).isEqualTo(35);
        assertThat(board("2026-11-23T00:10").held()).isEmpty();
    }

    @Test
    void aSecondHoldBySameSenderSaysTheFirstIsNotRecorded() {
        holdAbsurdDinner();
        f.reads("午饭报300人", new MealCount("hunan", SUNDAY, "LUNCH", 300));

        f.say("hunan-li", "2026-11-22T09:30", "午饭报300人");

        assertThat(f.lastTo(GROUP).text()).contains("（您此前待确认的“湖南省代表团 11月22日（周日）晚餐 报餐350人”已由本条代替，未记录；如仍需记录请重新发送。）");
        assertThat(board("2026-11-22T09:31").held()).isEmpty();
    }

    @Test
    void aHeldVisitChangeIsListedAsWaitingUnderTheVisitLists() {
        String resource = "/events/event-with-visits.yml";
        ConversationFixture visits = new ConversationFixture(
                ((EventReading.Valid) EventReader.read(resource, TestEvents.tree(resource))).event());
        visits.reads("北海线少3人", new VisitChange("hunan", 3, "beihai", null));
        visits.say("hunan-li", "2026-11-22T09:00", "北海线少3人");

        visits.say("tian", "2026-11-22T09:40", "/visits");

        assertThat(visits.lastTo(GROUP).text())
                .startsWith("考察名单")
                .endsWith("待确认（1条，未计入名单）：\n  湖南省代表团 3人 不参加北海线考察（李娜 09:00报，待其确认）");
    }

    @Test
    void aHeldCountOfARoutesBusIsListedAsWaitingUnderTheVisitLists() {
        String resource = "/events/event-with-visits.yml";
        ConversationFixture visits = new ConversationFixture(
                ((EventReading.Valid) EventReader.read(resource, TestEvents.tree(resource))).event());
        visits.reads("5号车实到100人", new Headcount("5", 100, null));
        visits.say("hunan-li", "2026-11-24T13:00", "5号车实到100人");

        visits.say("tian", "2026-11-24T13:10", "/visits");

        assertThat(visits.lastTo(GROUP).text())
                .startsWith("考察名单")
                .endsWith("待确认（1条，未计入清点）：\n  5号车 实到100人（李娜 13:00报，待其确认）");
    }

    @Test
    void aHeldCountOfAnotherDelegationsBusIsListedAsWaitingUnderTheCounts() {
        f.reads("3号车实到42人", new Headcount("3", 42, "hunan"));
        f.say("guizhou-wang", "2026-11-22T12:30", "3号车实到42人");

        f.say("tian", "2026-11-22T13:00", "/counts 今天");

        assertThat(f.lastTo(GROUP).text()).endsWith("待确认（1条，未计入清点）：\n  3号车 实到42人（王强 12:30报，待其选择同车或更正）");
    }

    @Test
    void aHeldDepartureIsListedAsWaitingUnderTheMovementsOfItsDay() {
        f.reads("明天晚上8点走，共40人", new Departure("hunan", SUNDAY, LocalTime.of(20, 0), 40, null));
        f.say("hunan-li", "2026-11-21T09:00", "明天晚上8点走，共40人");

        f.say("tian", "2026-11-21T09:30", "/moves 明天");

        assertThat(f.lastTo(GROUP).text()).contains("待确认（1条，未计入抵离安排）：\n  ").contains("李娜 09:00报，待其确认");
    }

    @Test
    void theEveningBriefingCountsTomorrowsHeldBreakfastAsWaiting() {
        f.reads("明天早饭报300人", new MealCount("hunan", SUNDAY.plusDays(1), "BREAKFAST", 300));
        f.say("hunan-li", "2026-11-22T18:00", "明天早饭报300人");
        Briefings briefings = new Briefings(
                f.core.event,
                Briefings.Boards.of(f.core.meals, f.core.movements, f.core.issues),
                new RecordText(f.core.event),
                f.outbox,
                new InMemorySaidOnce());

        briefings.evening(SUNDAY, ConversationFixture.time("2026-11-22T20:00"));

        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text()).contains("（另有1条报告待确认，未计入）");
    }
}
