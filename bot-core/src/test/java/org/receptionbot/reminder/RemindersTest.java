package org.receptionbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;
import org.receptionbot.event.TestEvents;

class RemindersTest {

    // 2026-11-22 20:00 in Shanghai.
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Instant TOMORROW_0730 = Instant.parse("2026-11-22T23:30:00Z");

    final Event event = TestEvents.withPeople();
    final Person tian = event.coordinators().get(0);
    final List<Reply> sent = new ArrayList<>();
    final List<String> timer = new ArrayList<>();
    final Reminders reminders = new Reminders(
            event,
            new SimpleDueTimes(ZoneId.of("Asia/Shanghai")),
            new InMemoryReminderStore(),
            new ReminderTimer() {
                @Override
                public void schedule(Reminder r) {
                    timer.add("schedule " + r.id() + " " + r.due());
                }

                @Override
                public void cancel(int id) {
                    timer.add("cancel " + id);
                }
            },
            sent::add,
            Duration.ofMinutes(30));

    @Test
    void givenCoordinatorWhenRemindTomorrowThenStoredTimedAndConfirmed() {
        var answer = reminders.create(tian, "明天07:30 各代表团带好参赛证", NOW);

        assertThat(answer).isEqualTo(new ReminderAnswer.Done("已设置提醒1：11月23日 07:30 在工作群提醒“各代表团带好参赛证”。"));
        assertThat(timer).containsExactly("schedule 1 " + TOMORROW_0730);
        assertThat(reminders.list().text()).isEqualTo("待发提醒（共1条）：\n1. 11月23日 07:30 各代表团带好参赛证（田主任设置）");
    }

    @Test
    void givenTextStartingWithRemindWordWhenRemindThenTheWordIsNotRepeated() {
        var answer = reminders.create(tian, "明天7点半 提醒大家带好参赛证", NOW);
        reminders.deliver(1, TOMORROW_0730);

        assertThat(answer.text()).isEqualTo("已设置提醒1：11月23日 07:30 在工作群提醒“带好参赛证”。");
        assertThat(sent).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("【提醒】带好参赛证"));
    }

    @Test
    void givenLiaisonWhenRemindThenRefusedAndNothingStored() {
        var liaison = event.delegations().get(0).liaisons().get(0);

        assertThat(reminders.create(liaison, "明天07:30 集合", NOW)).isInstanceOf(ReminderAnswer.Refused.class);
        assertThat(reminders.list().text()).isEqualTo("目前没有待发的提醒。");
        assertThat(timer).isEmpty();
    }

    @Test
    void givenNoTimeOrPastTimeThenRefusedWithHowTo() {
        assertThat(reminders.create(tian, "各代表团带好参赛证", NOW).text()).contains("格式：/remind");
        assertThat(reminders.create(tian, "今天08:00 早餐", NOW).text()).contains("已过");
        assertThat(reminders.create(tian, "2月30日 08:00 早餐", NOW)).isInstanceOf(ReminderAnswer.Refused.class);
    }

    @Test
    void givenAMonthAndDayWithNoHourThenTheHowToKeepsTheDaySpacedFromTheHour() {
        assertThat(reminders.create(tian, "11-24 各团交住宿费", NOW).text())
                .isEqualTo("提醒需要写明几点，没有记下。请加上时间，如：/remind 11-24 08:00 各团交住宿费");
        assertThat(reminders.create(tian, "明天 各团交住宿费", NOW).text())
                .isEqualTo("提醒需要写明几点，没有记下。请加上时间，如：/remind 明天08:00 各团交住宿费");
    }

    @Test
    void givenDueWhenDeliveredThenSaidInGroupOnce() {
        reminders.create(tian, "明天7点半 各代表团带好参赛证", NOW);

        var first = reminders.deliver(1, TOMORROW_0730);
        var second = reminders.deliver(1, TOMORROW_0730);

        assertThat(first).isInstanceOf(Delivery.Said.class);
        assertThat(second).isEqualTo(new Delivery.Gone(1));
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.chat().chatId()).isEqualTo("group");
            assertThat(r.text()).isEqualTo("【提醒】各代表团带好参赛证");
        });
    }

    @Test
    void givenFiredLongAfterDueThenSkipped() {
        reminders.create(tian, "明天07:30 集合", NOW);

        assertThat(reminders.deliver(1, TOMORROW_0730.plus(Duration.ofHours(2))))
                .isInstanceOf(Delivery.TooLate.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void givenUnremindThenDeletedAndCancelled() {
        reminders.create(tian, "明天07:30 集合", NOW);

        assertThat(reminders.delete(tian, 1).text()).isEqualTo("已删除提醒1：11月23日 07:30 集合");
        assertThat(reminders.delete(tian, 1).text()).contains("没有编号为1的提醒");
        assertThat(timer).containsExactly("schedule 1 " + TOMORROW_0730, "cancel 1");
        assertThat(reminders.deliver(1, TOMORROW_0730)).isEqualTo(new Delivery.Gone(1));
    }
}
