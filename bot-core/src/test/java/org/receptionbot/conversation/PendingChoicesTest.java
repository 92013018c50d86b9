package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;

/**
 * A two-way question (按已报/按原计划, 是/否) is kept until it is answered, a newer report for the
 * same serving settles it, a new question to the same sender replaces it, or its day has passed;
 * while it is open its subject is on the board as 待确认, and a late answer still applies.
 */
class PendingChoicesTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());
    private final Meal dinner = TestEvents.withPeople().meal("DINNER").orElseThrow();
    private final Meal lunch = TestEvents.withPeople().meal("LUNCH").orElseThrow();

    PendingChoicesTest() {
        f.reads("晚饭30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        f.reads("晚饭32人", new MealCount("hunan", SUNDAY, "DINNER", 32));
        f.reads("湖南晚饭照常", new MealCount("hunan", SUNDAY, "DINNER", null));
        f.reads("午餐减6人", new MealCancel("hunan", SUNDAY, "LUNCH", 6));
        f.reads("晚饭减2人", new MealCancel("hunan", SUNDAY, "DINNER", 2));
        f.reads("晚饭报350人", new MealCount("hunan", SUNDAY, "DINNER", 350));
    }

    private int hunan(Meal meal) {
        return f.core.meals.count(SUNDAY, meal, "hunan").diners();
    }

    private String board(Meal meal, String at) {
        MealBoard board = f.core.meals.board(SUNDAY, meal, ConversationFixture.time(at));
        return new MealBoardText(new RecordText(f.core.event)).render(board);
    }

    private void askAsPlanned() {
        f.say("hunan-li", "2026-11-22T09:00", "晚饭30人");
        f.say("tian", "2026-11-22T09:05", "湖南晚饭照常");
    }

    @Test
    void anAsPlannedQuestionAnsweredAnHourLaterStillTakesEffect() {
        askAsPlanned();

        f.say("tian", "2026-11-22T10:05", "按原计划");

        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 按原计划（30人→35人）");
        assertThat(hunan(dinner)).isEqualTo(35);
        assertThat(board(dinner, "2026-11-22T10:06")).doesNotContain("待确认（");
    }

    @Test
    void whileOpenTheQuestionIsOnTheBoardAsWaitingWithWhatItAsks() {
        askAsPlanned();

        assertThat(board(dinner, "2026-11-22T10:00"))
                .contains("待确认（1条，未计入合计）：\n  湖南省代表团 11月22日（周日）晚餐 按原计划（田主任 09:05报，待其选择按已报或按原计划）")
                .doesNotContain("10分钟");
        assertThat(f.lastTo(GROUP).text()).contains("所报日期结束前回答均有效").doesNotContain("10分钟");
    }

    @Test
    void anOpenQuestionLastsUntilItsDayEndsAndThenNothingIsRecorded() {
        askAsPlanned();

        assertThat(board(dinner, "2026-11-22T23:59")).contains("待其选择按已报或按原计划");
        assertThat(board(dinner, "2026-11-23T00:00")).doesNotContain("待确认（");
        f.say("tian", "2026-11-23T00:10", "按原计划");
        assertThat(hunan(dinner)).isEqualTo(30);
    }

    @Test
    void aNewerReportForTheSameServingSettlesTheQuestion() {
        askAsPlanned();

        f.say("hunan-li", "2026-11-22T09:30", "晚饭32人");
        f.say("tian", "2026-11-22T09:40", "按原计划");

        assertThat(hunan(dinner)).isEqualTo(32);
        assertThat(board(dinner, "2026-11-22T09:41")).doesNotContain("待确认（");
    }

    @Test
    void aRepeatQuestionAnsweredYesAnHourLaterAppliesTheChangeAgain() {
        f.say("hunan-li", "2026-11-22T09:00", "午餐减6人");
        f.say("hunan-li", "2026-11-22T09:04", "午餐减6人");
        assertThat(board(lunch, "2026-11-22T09:30")).contains("待其答复是否再次记录");

        f.say("hunan-li", "2026-11-22T10:04", "是");

        assertThat(hunan(lunch)).isEqualTo(23);
    }

    @Test
    void aNewQuestionToTheSameSenderReplacesTheOpenOneAndSaysSo() {
        f.say("hunan-li", "2026-11-22T08:00", "午餐减6人");
        f.say("hunan-li", "2026-11-22T08:04", "午餐减6人");
        f.say("hunan-li", "2026-11-22T09:00", "晚饭减2人");
        f.say("hunan-li", "2026-11-22T09:01", "晚饭减2人");

        assertThat(f.lastTo(GROUP).text()).contains("（您此前待回答的“湖南省代表团 11月22日（周日）午餐 减少6人”已由本条代替，未记录；如仍需记录请重新发送。）");
        f.say("hunan-li", "2026-11-22T09:30", "是");
        assertThat(hunan(lunch)).isEqualTo(29);
        assertThat(hunan(dinner)).isEqualTo(31);
    }

    @Test
    void anActualCountHeldForConfirmationIsOnTheMealBoardAndAConfirmationHoursLaterRecordsIt() {
        f.say("tian", "2026-11-22T13:00", "/actual 九院 午餐 5000");

        assertThat(f.lastTo(GROUP).text()).doesNotContain("10分钟");
        assertThat(board(lunch, "2026-11-22T15:00"))
                .contains("  待确认：实到5000人（田主任 13:00登记，待其确认，未计入）")
                .doesNotContain("实到5000人，比预订");
        f.say("tian", "2026-11-22T15:00", "确认");

        assertThat(f.lastTo(GROUP).text()).startsWith("已登记：11月22日（周日）午餐 九院宾馆自助餐厅 实到5000人");
        assertThat(board(lunch, "2026-11-22T15:01")).doesNotContain("待确认：");
    }

    @Test
    void aRouteAdditionQuestionIsListedUnderTheVisitListsAndAnAnswerNextDayStillAddsThePeople() {
        String resource = "/events/event-with-visits.yml";
        Event event = ((EventReading.Valid) EventReader.read(resource, TestEvents.tree(resource))).event();
        ConversationFixture visits = new ConversationFixture(event);
        visits.reads("北海线再加1人", new VisitChange("guizhou", 1, null, "beihai"));
        visits.say("guizhou-wang", "2026-11-22T09:00", "北海线再加1人");

        visits.say("tian", "2026-11-22T10:00", "/visits");
        assertThat(visits.lastTo(GROUP).text()).endsWith("待确认（1条，未计入名单）：\n  贵州省代表团 北海线 21人（王强 09:00报，待其选择新增或调整）");

        visits.say("guizhou-wang", "2026-11-23T10:00", "新增");
        assertThat(new VisitBoards(event, visits.ledger)
                        .list("beihai")
                        .orElseThrow()
                        .people("guizhou"))
                .isEqualTo(21);
    }

    @Test
    void aConfirmationAfterALaterHeldFigureConfirmsItNotTheEarlierOpenQuestion() {
        f.say("hunan-li", "2026-11-22T08:00", "午餐减6人");
        f.say("hunan-li", "2026-11-22T08:04", "午餐减6人");
        f.say("hunan-li", "2026-11-22T09:00", "晚饭报350人");

        f.say("hunan-li", "2026-11-22T09:10", "确认");

        assertThat(hunan(dinner)).isEqualTo(350);
        assertThat(hunan(lunch)).isEqualTo(29);
        f.say("hunan-li", "2026-11-22T09:20", "是");
        assertThat(hunan(lunch)).isEqualTo(23);
    }
}
