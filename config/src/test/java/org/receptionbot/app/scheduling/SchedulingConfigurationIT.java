package org.receptionbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.reminder.InMemoryReminderStore;
import org.receptionbot.reminder.ReminderAnswer;
import org.receptionbot.reminder.ReminderStore;
import org.receptionbot.reminder.Reminders;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SchedulingConfigurationIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DUE_DAY = LocalDate.now(SHANGHAI).minusDays(1);

    final List<Reply> sent = new CopyOnWriteArrayList<>();
    final ReminderStore store = new InMemoryReminderStore();

    ApplicationContextRunner runner(Path dataDir) {
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, QuartzAutoConfiguration.class))
                .withUserConfiguration(SchedulingConfiguration.class)
                .withBean(Event.class, TestEvents::withPeople)
                .withBean(Outbox.class, () -> sent::add)
                .withBean(ReminderStore.class, () -> store)
                .withBean(
                        Clock.class,
                        () -> Clock.fixed(DUE_DAY.atTime(8, 1).atZone(SHANGHAI).toInstant(), ZoneOffset.UTC))
                .withPropertyValues("reception.data-dir=" + dataDir, "reception.weather.provider=none");
    }

    @Test
    void givenDefaultsWhenReminderCreatedAndAppRestartedThenJobStoreFileKeepsItAndItIsSaidOnce(@TempDir Path dir)
            throws Exception {
        var creation = DUE_DAY.minusDays(1).atTime(20, 0).atZone(SHANGHAI).toInstant();
        String text = "%d月%d日 08:00 各代表团带好参赛证".formatted(DUE_DAY.getMonthValue(), DUE_DAY.getDayOfMonth());

        runner(dir).withPropertyValues("spring.quartz.auto-startup=false").run(context -> {
            assertThat(context).hasNotFailed();
            var reminders = context.getBean(Reminders.class);
            var coordinator = context.getBean(Event.class).coordinators().get(0);
            assertThat(reminders.create(coordinator, text, creation)).isInstanceOf(ReminderAnswer.Done.class);
        });
        assertThat(dir.resolve("quartz.mv.db")).exists();
        assertThat(sent).isEmpty();

        runner(dir).run(context -> {
            Scheduler scheduler = context.getBean(Scheduler.class);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !scheduler.checkExists(new JobKey("reminder-1", "reception")));
        });
        assertThat(sent).singleElement().extracting(Reply::text).isEqualTo("【提醒】各代表团带好参赛证");
    }
}
