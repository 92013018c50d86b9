package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.reminder.InMemoryReminderStore;
import org.receptionbot.reminder.Reminder;
import org.receptionbot.reminder.ReminderTimer;
import org.receptionbot.reminder.Reminders;
import org.receptionbot.reminder.SimpleDueTimes;
import org.receptionbot.testing.RecordingOutbox;

/** /remind, /reminders and /unremind typed in the group, and their Chinese words. */
class RemindersInChatTest {
    private final Event event = TestEvents.withPeople();
    private final List<String> timer = new ArrayList<>();
    private final Reminders reminders = new Reminders(
            event,
            new SimpleDueTimes(event.zone()),
            new InMemoryReminderStore(),
            new ReminderTimer() {
                @Override
                public void schedule(Reminder r) {
                    timer.add("schedule " + r.id());
                }

                @Override
                public void cancel(int id) {
                    timer.add("cancel " + id);
                }
            },
            new RecordingOutbox(),
            Duration.ofMinutes(30));
    private final ConversationFixture f = new ConversationFixture(event, reminders);

    @Test
    void aCoordinatorSetsListsAndDeletesAReminder() {
        f.say("tian", "2026-11-22T20:00", "/remind 明天07:30 各代表团带好参赛证");
        assertThat(f.lastTo(GROUP).text()).isEqualTo("已设置提醒1：11月23日 07:30 在工作群提醒“各代表团带好参赛证”。");

        f.say("tian", "2026-11-22T20:01", "提醒列表");
        assertThat(f.lastTo(GROUP).text()).contains("1. 11月23日 07:30 各代表团带好参赛证（田主任设置）");

        f.say("tian", "2026-11-22T20:02", "删除提醒 1");
        assertThat(f.lastTo(GROUP).text()).startsWith("已删除提醒1");
        assertThat(timer).containsExactly("schedule 1", "cancel 1");
    }

    @Test
    void aDayWithoutAClockTimeIsAskedForTheHourWithAnExample() {
        f.say("tian", "2026-11-22T20:00", "/remind 明天 各团交住宿费");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("提醒需要写明几点，没有记下。请加上时间，如：/remind 明天08:00 各团交住宿费");
        assertThat(timer).isEmpty();
    }

    @Test
    void aLiaisonMayNotSetOne() {
        f.say("hunan-li", "2026-11-22T20:00", "/remind 明天07:30 集合");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("只有协调组成员可以设置提醒。");
        assertThat(timer).isEmpty();
    }

    @Test
    void aMissingNumberIsExplained() {
        f.say("tian", "2026-11-22T20:00", "/unremind");

        assertThat(f.lastTo(GROUP).text()).startsWith("请写明提醒编号");
    }

    @Test
    void withoutTheTimedPartTheCommandsSaySo() {
        ConversationFixture off = new ConversationFixture(event);
        off.say("tian", "2026-11-22T20:00", "/reminders");

        assertThat(off.lastTo(GROUP).text()).isEqualTo("提醒功能未启用。");
    }
}
