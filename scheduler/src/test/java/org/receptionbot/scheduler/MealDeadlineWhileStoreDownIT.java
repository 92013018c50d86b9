package org.receptionbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
import org.receptionbot.reminder.InMemorySaidOnce;
import org.receptionbot.reminder.MealDeadlines;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.RecordText;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.MutableClock;
import org.receptionbot.testing.Sources;

/**
 * A meal-count moment that falls due while the store is down is tried again until the store is back, then said with
 * the clock of that moment: the reminder only if its deadline is still ahead, the locked board if the meal is not yet
 * served; each once.
 */
class MealDeadlineWhileStoreDownIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    final Event event = TestEvents.withPeople();
    final DownSaidOnce said = new DownSaidOnce();
    final List<Reply> sent = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock(Sources.instant("2026-11-22T09:30"));

    @Test
    void theReminderIsSaidOnceWhenTheStoreIsBackBeforeTheDeadline(@TempDir Path dir) throws Exception {
        Scheduler scheduler = scheduler(dir, MealDeadlines.Kind.WARN);
        awaitAttempts(3);
        clock.set(Sources.instant("2026-11-22T09:50"));
        said.down = false;
        awaitNoTriggerLeft(scheduler);
        scheduler.shutdown(true);

        assertThat(sent)
                .singleElement()
                .satisfies(r -> assertThat(r.text()).startsWith("【报餐提醒】11月22日（周日）午餐报餐将于10:00截止"));
    }

    @Test
    void theReminderIsNotSaidWhenTheStoreIsBackOnlyAfterTheDeadline(@TempDir Path dir) throws Exception {
        Scheduler scheduler = scheduler(dir, MealDeadlines.Kind.WARN);
        awaitAttempts(2);
        clock.set(Sources.instant("2026-11-22T10:05"));
        said.down = false;
        awaitNoTriggerLeft(scheduler);
        scheduler.shutdown(true);

        assertThat(sent).isEmpty();
    }

    @Test
    void theLockedBoardIsSaidWhenTheStoreIsBackBeforeTheMeal(@TempDir Path dir) throws Exception {
        clock.set(Sources.instant("2026-11-22T10:00"));
        Scheduler scheduler = scheduler(dir, MealDeadlines.Kind.LOCK);
        awaitAttempts(2);
        clock.set(Sources.instant("2026-11-22T10:40"));
        said.down = false;
        awaitNoTriggerLeft(scheduler);
        scheduler.shutdown(true);

        assertThat(sent)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.text()).startsWith("【报餐截止】").contains("未报餐（2个，按全团计）"));
    }

    /** A scheduler whose one meal-deadline trigger fires now, its use case on the failing store. */
    private Scheduler scheduler(Path dir, MealDeadlines.Kind kind) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("quartz");
        JdbcSchedulers.createTables(url, "tables_h2.sql");
        MealDeadlines deadlines = new MealDeadlines(
                event,
                new MealBoards(event, new InMemoryLedger()),
                new RecordText(event),
                sent::add,
                said,
                Duration.ofMinutes(30));
        said.down = true;
        Scheduler scheduler = JdbcSchedulers.scheduler(
                "reception",
                "one",
                url,
                false,
                Map.of(MealDeadlineJob.class, new MealDeadlineJob(deadlines, clock, Duration.ofMillis(200))));
        new Schedules(ZoneId.of("Asia/Shanghai"))
                .mealDeadlines(scheduler, List.of(new MealDeadlines.Due(kind, DAY, "LUNCH", Instant.now())));
        scheduler.start();
        return scheduler;
    }

    private void awaitAttempts(int n) {
        await().atMost(20, TimeUnit.SECONDS)
                .pollInterval(50, TimeUnit.MILLISECONDS)
                .untilAsserted(() -> assertThat(said.failures.get()).isGreaterThanOrEqualTo(n));
    }

    private static void awaitNoTriggerLeft(Scheduler scheduler) {
        await().atMost(20, TimeUnit.SECONDS)
                .untilAsserted(
                        () -> assertThat(scheduler.getTriggersOfJob(new JobKey("meal-deadline", Schedules.GROUP)))
                                .isEmpty());
    }

    /** What was said, failing every call while the store is down (as Redis would). */
    static final class DownSaidOnce implements SaidOnce {
        final SaidOnce kept = new InMemorySaidOnce();
        final AtomicInteger failures = new AtomicInteger();
        volatile boolean down;

        @Override
        public boolean claim(String key) {
            if (down) {
                failures.incrementAndGet();
                throw new IllegalStateException("Redis is down");
            }
            return kept.claim(key);
        }
    }
}
