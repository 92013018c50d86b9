package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

class LateChangesToCatererTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final ChatRef KITCHEN = new ChatRef("sandbox", "kitchen");
    private final ConversationFixture f = new ConversationFixture(withCaterer());

    LateChangesToCatererTest() {
        f.reads("晚饭少5人", new MealCancel("hunan", SUNDAY, "DINNER", 5));
    }

    private static Event withCaterer() {
        String resource = "/events/event-with-caterer.yml";
        return ((EventReading.Valid) EventReader.read(resource, TestEvents.tree(resource))).event();
    }

    @Test
    void aChangeAfterTheDeadlineIsToldToTheCatererOnceAsToTheCoordinators() {
        f.say("hunan-li", "2026-11-22T16:10", "晚饭少5人");

        String notice = "⚠报餐截止后变更（李娜 16:10）\n湖南省代表团 11月22日（周日）晚餐 减少5人（35人→30人）";
        assertThat(f.outbox.sentTo(KITCHEN))
                .singleElement()
                .satisfies(r -> assertThat(r.text()).startsWith(notice));
        assertThat(f.outbox.sentTo(COORDINATORS))
                .singleElement()
                .satisfies(r -> assertThat(r.text()).startsWith(notice));
        assertThat(f.lastTo(GROUP).text()).endsWith("⚠已过报餐截止时间，本次变更已通知协调组和餐饮保障组。");
    }

    @Test
    void theCatererIsToldTheMealChangeWithoutTheHealthIssueSaidWithIt() {
        String text = "晚饭少3人 三个小队员发烧了";
        f.reads(
                text,
                new MealCancel("hunan", SUNDAY, "DINNER", 3),
                new Issue(IssueCategory.HEALTH, "hunan", text, Issue.Said.PLAIN));

        f.say("hunan-li", "2026-11-22T16:10", text);

        assertThat(f.outbox.sentTo(COORDINATORS).get(0).text())
                .contains("减少3人")
                .contains("【医疗】")
                .contains("发烧");
        assertThat(f.outbox.sentTo(KITCHEN))
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .startsWith("⚠报餐截止后变更（李娜 16:10）\n湖南省代表团 11月22日（周日）晚餐 减少3人（35人→32人）")
                        .doesNotContain("问题#")
                        .doesNotContain("发烧"));
    }

    @Test
    void aChangeBeforeTheDeadlineIsNotToldToTheCaterer() {
        f.say("hunan-li", "2026-11-22T09:10", "晚饭少5人");

        assertThat(f.outbox.sentTo(KITCHEN)).isEmpty();
    }

    @Test
    void anUndoAfterTheDeadlineIsToldToTheCatererToo() {
        f.say("hunan-li", "2026-11-22T09:10", "晚饭少5人");

        f.say("hunan-li", "2026-11-22T16:20", "撤销");

        assertThat(f.outbox.sentTo(KITCHEN))
                .singleElement()
                .satisfies(r -> assertThat(r.text()).startsWith("⚠报餐截止后撤销（李娜 16:20）"));
    }

    @Test
    void aLateChangeMadeInTheCaterersChatIsAnsweredThereAndNotToldThereAgain() {
        f.send(new IncomingMessage(
                KITCHEN, "k1", "tian", "tian", ConversationFixture.time("2026-11-22T16:10"), "晚饭少5人", null, false));

        assertThat(f.outbox.sentTo(KITCHEN))
                .singleElement()
                .satisfies(r -> assertThat(r.text()).startsWith("已记录：").endsWith("本次变更已通知协调组。"));
    }

    @Test
    void anUndoOfAMealAlreadyServedIsRefusedAndToldToNoOne() {
        f.say("hunan-li", "2026-11-22T09:10", "晚饭少5人");

        f.say("hunan-li", "2026-11-23T08:00", "撤销");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("""
                湖南省代表团 11月22日（周日）晚餐已开餐，报餐人数30人是结算依据，不能撤销。
                实际就餐人数如有出入，请告知协调组或餐饮保障组，由其登记。""");
        assertThat(f.outbox.sentTo(KITCHEN)).isEmpty();
    }

    @Test
    void aLateReportThatLeavesTheFigureAsItWasSendsNoLateNotice() {
        f.reads("晚饭照常", new MealCount("hunan", SUNDAY, "DINNER", null));

        f.say("hunan-li", "2026-11-22T16:10", "晚饭照常");

        assertThat(f.outbox.sentTo(KITCHEN)).isEmpty();
        assertThat(f.outbox.sentTo(COORDINATORS)).isEmpty();
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：").doesNotContain("截止");
    }

    @Test
    void aPartOfADelegationLeavingAfterTheDeadlineIsToldToTheCatererAsALateChange() {
        f.reads("我们有3人下午5点先走", new Departure("hunan", SUNDAY, LocalTime.of(17, 0), 3, null));
        f.say("hunan-li", "2026-11-22T16:10", "我们有3人下午5点先走");

        assertThat(f.outbox.sentTo(KITCHEN))
                .singleElement()
                .satisfies(r ->
                        assertThat(r.text()).startsWith("⚠报餐截止后变更（李娜 16:10）").contains("晚餐"));
        assertThat(f.outbox.sentTo(COORDINATORS)).hasSize(1);
        assertThat(f.lastTo(GROUP).text()).endsWith("⚠已过报餐截止时间，本次变更已通知协调组和餐饮保障组。");
    }

    @Test
    void aPartOfADelegationLeavingBeforeTheDeadlineIsNotALateChange() {
        f.reads("我们有3人明天下午5点先走", new Departure("hunan", SUNDAY.plusDays(1), LocalTime.of(17, 0), 3, null));
        f.say("hunan-li", "2026-11-22T09:10", "我们有3人明天下午5点先走");

        assertThat(f.outbox.sentTo(KITCHEN)).isEmpty();
    }
}
