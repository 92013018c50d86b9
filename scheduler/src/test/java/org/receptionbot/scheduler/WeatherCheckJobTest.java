package org.receptionbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.listeners.JobListenerSupport;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.TestEvents;
import org.receptionbot.weather.DailyForecast;
import org.receptionbot.weather.ForecastOutcome;
import org.receptionbot.weather.InMemoryWarningMemory;
import org.receptionbot.weather.WeatherCheck;
import org.receptionbot.weather.WeatherSettings;

class WeatherCheckJobTest {

    static final Clock EVENING = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneId.of("UTC"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final List<Reply> sent = new CopyOnWriteArrayList<>();
    Scheduler scheduler;

    @AfterEach
    void stop() throws Exception {
        scheduler.shutdown(true);
    }

    @Test
    void givenScheduledCheckWhenTriggerFiresThenGroupGetsColdFrontWarning() throws Exception {
        var check = new WeatherCheck(
                TestEvents.withPeople(),
                (lat, lon, zone, from, to) -> coldFront(),
                new InMemoryWarningMemory(),
                sent::add,
                WeatherSettings.defaults());
        scheduler = ramScheduler(Map.of(WeatherCheckJob.class, new WeatherCheckJob(check, EVENING)));
        new Schedules(ZoneId.of("Asia/Shanghai")).weatherCheck(scheduler, LocalTime.of(20, 0));
        CountDownLatch done = afterRun(scheduler);

        scheduler.start();
        scheduler.triggerJob(new JobKey("weather-check", Schedules.GROUP));

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sent).singleElement().satisfies(r -> assertThat(r.text()).contains("明显降温"));
    }

    static ForecastOutcome coldFront() {
        return new ForecastOutcome.Available(List.of(
                new DailyForecast(TODAY, 12, 20, 0, 0, 5, 10, 1),
                new DailyForecast(TODAY.plusDays(1), 4, 11, 0, 0, 5, 10, 1)));
    }

    static Scheduler ramScheduler(Map<Class<? extends org.quartz.Job>, org.quartz.Job> jobs) throws Exception {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "test-" + System.nanoTime());
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        Scheduler s = new StdSchedulerFactory(p).getScheduler();
        s.setJobFactory(new UseCaseJobFactory(jobs));
        return s;
    }

    static CountDownLatch afterRun(Scheduler scheduler) throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        scheduler.getListenerManager().addJobListener(new JobListenerSupport() {
            @Override
            public String getName() {
                return "latch";
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                latch.countDown();
            }
        });
        return latch;
    }
}
