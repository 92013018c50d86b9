package org.receptionbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.reminder.InMemoryReminderStore;
import org.receptionbot.reminder.ReminderAnswer;
import org.receptionbot.reminder.Reminders;
import org.receptionbot.reminder.SimpleDueTimes;

class ReminderRestartIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final Event event = TestEvents.withPeople();
    final InMemoryReminderStore store =
            new InMemoryReminderStore(); // stands for the Redis store, which outlives a restart
    final List<Reply> sent = new CopyOnWriteArrayList<>();

    @Test
    void givenRestartBetweenCreationAndDueThenReminderIsSaidOnce(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("quartz");
        JdbcSchedulers.createTables(url, "tables_h2.sql");
        // Due yesterday 08:00 in Shanghai (already past in real time, so Quartz fires it on recovery);
        // created the day before by the controllable clock.
        LocalDate dueDay = LocalDate.now(SHANGHAI).minusDays(1);
        Clock creation =
                Clock.fixed(dueDay.minusDays(1).atTime(20, 0).atZone(SHANGHAI).toInstant(), ZoneOffset.UTC);
        Clock shortlyAfterDue =
                Clock.fixed(dueDay.atTime(LocalTime.of(8, 1)).atZone(SHANGHAI).toInstant(), ZoneOffset.UTC);

        Scheduler before = scheduler(url, creation);
        var answer = reminders(before)
                .create(
                        event.coordinators().get(0),
                        "%d月%d日 08:00 各代表团带好参赛证".formatted(dueDay.getMonthValue(), dueDay.getDayOfMonth()),
                        creation.instant());
        before.shutdown(true);
        assertThat(answer).isInstanceOf(ReminderAnswer.Done.class);
        assertThat(sent).isEmpty();

        Scheduler after = scheduler(url, shortlyAfterDue);
        after.start();
        awaitGone(after, new JobKey("reminder-1", Schedules.GROUP));
        after.shutdown(true);

        assertThat(sent).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("【提醒】各代表团带好参赛证"));
        assertThat(store.all()).isEmpty();
    }

    Scheduler scheduler(String url, Clock clock) throws Exception {
        var jobs = Map.<Class<? extends org.quartz.Job>, org.quartz.Job>of(
                ReminderJob.class, new ReminderJob(reminders(null), clock));
        return JdbcSchedulers.scheduler("reception", "one", url, false, jobs);
    }

    /** With no scheduler, for the delivering side, which needs no timer. */
    Reminders reminders(Scheduler scheduler) {
        return new Reminders(
                event,
                new SimpleDueTimes(SHANGHAI),
                store,
                scheduler == null ? null : new QuartzReminderTimer(scheduler),
                sent::add,
                Duration.ofMinutes(30));
    }

    static void awaitGone(Scheduler scheduler, JobKey key) {
        await().atMost(20, TimeUnit.SECONDS)
                .untilAsserted(() -> assertThat(scheduler.checkExists(key))
                        .as("reminder job done")
                        .isFalse());
    }
}
