package org.receptionbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.JobListenerSupport;
import org.receptionbot.app.BotApplication;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.testing.MutableClock;
import org.receptionbot.testing.RecordingOutbox;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The wired application as the scheduling tests run it: on a Beijing-time clock the test sets, what
 * it says recorded instead of sent, no sandbox and no weather; the test fires its registered
 * triggers itself.
 */
final class ClockedBot {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ChatRef GROUP = new ChatRef("sandbox", "group");

    final MutableClock clock;
    final RecordingOutbox outbox = new RecordingOutbox();

    ClockedBot(Instant start) {
        clock = new MutableClock(start, ZONE);
    }

    /** An application serving {@code event}, with {@code more} arguments (its data, its Redis). */
    ConfigurableApplicationContext start(Path event, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--reception.event-file=" + event,
                "--reception.sandbox.enabled=false",
                "--reception.weather.provider=none"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(BotApplication.class)
                .initializers(c -> {
                    GenericApplicationContext context = (GenericApplicationContext) c;
                    context.registerBean("testClock", Clock.class, () -> clock);
                    context.registerBean("recordingOutbox", Outbox.class, () -> outbox);
                })
                .run(args.toArray(String[]::new));
    }

    static Trigger trigger(ConfigurableApplicationContext context, String name) throws Exception {
        return context.getBean(Scheduler.class).getTrigger(new TriggerKey(name, "reception"));
    }

    /** Fires the trigger's job now and waits until it has run. */
    static void fireAndWait(ConfigurableApplicationContext context, Trigger trigger) throws Exception {
        Scheduler scheduler = context.getBean(Scheduler.class);
        CountDownLatch ran = new CountDownLatch(1);
        String name = "ran-" + System.nanoTime();
        scheduler
                .getListenerManager()
                .addJobListener(
                        new JobListenerSupport() {
                            @Override
                            public String getName() {
                                return name;
                            }

                            @Override
                            public void jobWasExecuted(JobExecutionContext c, JobExecutionException e) {
                                ran.countDown();
                            }
                        },
                        KeyMatcher.keyEquals(trigger.getJobKey()));
        scheduler.triggerJob(trigger.getJobKey(), trigger.getJobDataMap());
        assertThat(ran.await(10, TimeUnit.SECONDS)).as("the job ran").isTrue();
        scheduler.getListenerManager().removeJobListener(name);
    }
}
