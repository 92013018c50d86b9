package org.receptionbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.reminder.InMemoryReminderStore;
import org.receptionbot.reminder.Reminder;
import org.receptionbot.reminder.ReminderStore;
import org.receptionbot.reminder.Reminders;
import org.receptionbot.reminder.SimpleDueTimes;

/** A reminder that falls due while the store is down is said once when it is back, or dropped past its grace. */
class ReminderWhileStoreDownIT {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration GRACE = Duration.ofMinutes(30);

    final Event event = TestEvents.withPeople();
    final DownStore store = new DownStore();
    final List<Reply> sent = new CopyOnWriteArrayList<>();

    @Test
    void aReminderDueWhileTheStoreIsDownIsSaidOnceWhenItIsBack(@TempDir Path dir) throws Exception {
        Instant due = Instant.now().minusSeconds(60);
        Reminder reminder = store.add(due, "各代表团带好参赛证", "王");
        store.down = true;

        Scheduler scheduler = scheduler(dir, Clock.fixed(due.plusSeconds(60), ZoneOffset.UTC));
        new QuartzReminderTimer(scheduler).schedule(reminder);
        scheduler.start();
        awaitAttempts(3);
        assertThat(sent).isEmpty();
        store.down = false;
        ReminderRestartIT.awaitGone(scheduler, new JobKey("reminder-" + reminder.id(), Schedules.GROUP));
        scheduler.shutdown(true);

        assertThat(sent).extracting(Reply::text).containsExactly("【提醒】各代表团带好参赛证");
        assertThat(store.all()).isEmpty();
    }

    @Test
    void aReminderTheStoreCouldNotGiveBeforeItsGraceEndedIsDroppedWhenItIsBack(@TempDir Path dir) throws Exception {
        Instant due = Instant.now().minusSeconds(60);
        Reminder reminder = store.add(due, "各代表团带好参赛证", "王");
        store.down = true;

        Scheduler scheduler = scheduler(dir, Clock.fixed(due.plus(GRACE).plusSeconds(60), ZoneOffset.UTC));
        new QuartzReminderTimer(scheduler).schedule(reminder);
        scheduler.start();
        awaitAttempts(2);
        store.down = false;
        ReminderRestartIT.awaitGone(scheduler, new JobKey("reminder-" + reminder.id(), Schedules.GROUP));
        scheduler.shutdown(true);

        assertThat(sent).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    private void awaitAttempts(int n) {
        await().atMost(20, TimeUnit.SECONDS)
                .pollInterval(50, TimeUnit.MILLISECONDS)
                .untilAsserted(() -> assertThat(store.failures.get()).isGreaterThanOrEqualTo(n));
    }

    private Scheduler scheduler(Path dir, Clock clock) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("quartz");
        JdbcSchedulers.createTables(url, "tables_h2.sql");
        Reminders reminders = new Reminders(event, new SimpleDueTimes(SHANGHAI), store, null, sent::add, GRACE);
        var jobs = Map.<Class<? extends org.quartz.Job>, org.quartz.Job>of(
                ReminderJob.class, new ReminderJob(reminders, clock, Duration.ofMillis(200)));
        return JdbcSchedulers.scheduler("reception", "one", url, false, jobs);
    }

    /** The reminders of the store, which fails every call while it is down (as Redis would). */
    static final class DownStore implements ReminderStore {
        final InMemoryReminderStore kept = new InMemoryReminderStore();
        final AtomicInteger failures = new AtomicInteger();
        volatile boolean down;

        @Override
        public Reminder add(Instant due, String text, String author) {
            check();
            return kept.add(due, text, author);
        }

        @Override
        public Optional<Reminder> find(int id) {
            check();
            return kept.find(id);
        }

        @Override
        public List<Reminder> all() {
            check();
            return kept.all();
        }

        @Override
        public Optional<Reminder> remove(int id) {
            check();
            return kept.remove(id);
        }

        private void check() {
            if (down) {
                failures.incrementAndGet();
                throw new IllegalStateException("Redis is down");
            }
        }
    }
}
