package org.receptionbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.JobListenerSupport;
import org.receptionbot.app.BotApplication;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.testing.Messages;
import org.receptionbot.testing.MutableClock;
import org.receptionbot.testing.RecordingOutbox;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The meal-count deadline on the wired application (embedded Redis, the H2 job store), with a clock
 * the test sets and the registered triggers fired by the test: the reminder before the deadline
 * names exactly who has not reported, the locked board reaches the coordinators and the caterer at
 * the deadline, a change after it reaches the coordinators, and a second firing says nothing.
 */
class MealDeadlinesIT {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ChatRef GROUP = new ChatRef("sandbox", "group");
    private static final ChatRef COORDINATORS = new ChatRef("sandbox", "coordinators");
    private static final ChatRef CATERER = new ChatRef("sandbox", "caterer");

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(at("08:00"), ZONE);
    private final RecordingOutbox outbox = new RecordingOutbox();

    @Test
    void theDeadlineRemindsWhoHasNotReportedThenLocksTheBoardAndLateChangesReachTheCoordinators() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            ChatHandler chat = context.getBean(ChatHandler.class);
            chat.onMessage(Messages.in(GROUP)
                    .id("1")
                    .from("hunan-li", "李娜")
                    .at(at("08:10"))
                    .text("湖南午餐30人"));
            chat.onMessage(Messages.in(GROUP)
                    .id("2")
                    .from("yunnan-zhao", "赵敏")
                    .at(at("08:20"))
                    .text("中午38人"));
            Scheduler scheduler = context.getBean(Scheduler.class);
            Trigger warn = scheduler.getTrigger(new TriggerKey("meal-warn-2099-11-22-LUNCH", "reception"));
            Trigger lock = scheduler.getTrigger(new TriggerKey("meal-lock-2099-11-22-LUNCH", "reception"));
            assertThat(warn.getNextFireTime().toInstant()).isEqualTo(at("09:30"));
            assertThat(lock.getNextFireTime().toInstant()).isEqualTo(at("10:00"));

            clock.set(at("09:30"));
            fire(scheduler, warn);
            Reply reminder = await(r -> r.chat().equals(GROUP) && r.text().startsWith("【报餐提醒】"));
            assertThat(reminder.text())
                    .contains("午餐报餐将于10:00截止，以下1个代表团尚未报餐：\n贵州省代表团（联络员 王强）")
                    .doesNotContain("湖南", "云南");

            clock.set(at("10:00"));
            fire(scheduler, lock);
            for (ChatRef to : List.of(COORDINATORS, CATERER)) {
                assertThat(await(r -> r.chat().equals(to) && r.text().startsWith("【报餐截止】"))
                                .text())
                        .contains("湖南省代表团 30人", "云南省代表团 38人", "贵州省代表团 50人（未报）", "合计：118人");
            }

            chat.onMessage(Messages.in(GROUP)
                    .id("3")
                    .from("hunan-li", "李娜")
                    .at(at("10:30"))
                    .text("湖南中午少3人"));
            assertThat(await(r -> r.chat().equals(COORDINATORS) && r.text().startsWith("⚠报餐截止后变更"))
                            .text())
                    .contains("湖南省代表团", "3人");

            int before = outbox.sent().size();
            CountDownLatch ran = ranOnce(scheduler, warn);
            clock.set(at("09:45"));
            fire(scheduler, warn);
            assertThat(ran.await(10, TimeUnit.SECONDS))
                    .as("the second firing ran")
                    .isTrue();
            assertThat(outbox.sent()).as("a second firing says nothing").hasSize(before);
        }
    }

    private static void fire(Scheduler scheduler, Trigger trigger) throws Exception {
        scheduler.triggerJob(trigger.getJobKey(), trigger.getJobDataMap());
    }

    /** Counts down once the trigger's job has next run to its end. */
    private static CountDownLatch ranOnce(Scheduler scheduler, Trigger trigger) throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        scheduler
                .getListenerManager()
                .addJobListener(
                        new JobListenerSupport() {
                            @Override
                            public String getName() {
                                return "ran-once";
                            }

                            @Override
                            public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                                ran.countDown();
                            }
                        },
                        KeyMatcher.keyEquals(trigger.getJobKey()));
        return ran;
    }

    private Reply await(Predicate<Reply> wanted) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(outbox.sent()).as("sent").anyMatch(wanted));
        return outbox.sent().stream().filter(wanted).findFirst().orElseThrow();
    }

    private ConfigurableApplicationContext start() throws URISyntaxException {
        Path event = Path.of(getClass().getResource("/events/future-event.yml").toURI());
        return new SpringApplicationBuilder(BotApplication.class)
                .initializers(c -> {
                    GenericApplicationContext context = (GenericApplicationContext) c;
                    context.registerBean("testClock", Clock.class, () -> clock);
                    context.registerBean("recordingOutbox", Outbox.class, () -> outbox);
                })
                .run(
                        "--reception.event-file=" + event,
                        "--reception.data-dir=" + dataDir,
                        "--reception.embedded-redis.port=0",
                        "--reception.sandbox.enabled=false",
                        "--reception.weather.provider=none");
    }

    private static Instant at(String time) {
        return ZonedDateTime.parse("2099-11-22T" + time + ":00+08:00[Asia/Shanghai]")
                .toInstant();
    }
}
