package org.receptionbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.listeners.JobListenerSupport;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.TestEvents;
import org.receptionbot.reminder.InMemoryReminderStore;
import org.receptionbot.reminder.Reminders;
import org.receptionbot.reminder.SimpleDueTimes;

class ClusteredRemindersIT {

    static final int REMINDERS = 6;
    static final String LATER = "稍后的提醒";
    static final String LAST = "最后的提醒";

    final InMemoryReminderStore store = new InMemoryReminderStore(); // stands for the shared Redis store
    final List<Reply> sent = new CopyOnWriteArrayList<>();
    final AtomicInteger executions = new AtomicInteger();

    @Test
    void givenTwoInstancesOnOnePostgresThenEachReminderFiresOnce() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            createTables(pg);
            Scheduler a = scheduler("a", url);
            Scheduler b = scheduler("b", url);
            var timer = new QuartzReminderTimer(a);
            Instant soon = Instant.now().plusSeconds(2);
            for (int i = 0; i < REMINDERS; i++) timer.schedule(store.add(soon, "提醒" + i, "田主任"));
            // due after a cluster check-in: a second firing, if the cluster let one through, comes before it
            timer.schedule(store.add(soon.plusMillis(1500), LATER, "田主任"));

            a.start();
            b.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> distinctSent() == REMINDERS + 1);
            // scheduled once all have fired, due after a cluster check-in: a repeat would come before it
            timer.schedule(store.add(Instant.now().plusMillis(1500), LAST, "田主任"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> sent.stream().anyMatch(r -> r.text().contains(LAST)));
            a.shutdown(true);
            b.shutdown(true);
        }
        assertThat(executions).hasValue(REMINDERS + 2);
        assertThat(sent).extracting(Reply::text).hasSize(REMINDERS + 2).doesNotHaveDuplicates();
    }

    long distinctSent() {
        return sent.stream().map(Reply::text).distinct().count();
    }

    Scheduler scheduler(String id, String url) throws Exception {
        var reminders = new Reminders(
                TestEvents.withPeople(),
                new SimpleDueTimes(ZoneId.of("Asia/Shanghai")),
                store,
                null,
                sent::add,
                Duration.ofMinutes(30));
        Scheduler s = JdbcSchedulers.scheduler(
                "reception", id, url, true, Map.of(ReminderJob.class, new ReminderJob(reminders, Clock.systemUTC())));
        s.getListenerManager().addJobListener(new JobListenerSupport() {
            @Override
            public String getName() {
                return "count";
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                executions.incrementAndGet();
            }
        });
        return s;
    }

    static void createTables(EmbeddedPostgres pg) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                var sql = new InputStreamReader(
                        Scheduler.class.getResourceAsStream("/org/quartz/impl/jdbcjobstore/tables_postgres.sql"),
                        StandardCharsets.UTF_8)) {
            org.h2.tools.RunScript.execute(c, sql);
        }
    }
}
