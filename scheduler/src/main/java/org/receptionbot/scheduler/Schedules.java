package org.receptionbot.scheduler;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/** The daily schedules, in the event's time zone, registered idempotently (safe on every start of every instance). */
public final class Schedules {

    public static final String GROUP = "reception";

    private final ZoneId zone;

    public Schedules(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * A trigger firing every day at {@code time} in the event's zone. A run missed while the bot
     * was down fires once on recovery; the use case decides from the clock whether it still helps.
     */
    public Trigger daily(String name, LocalTime time) {
        return TriggerBuilder.newTrigger()
                .withIdentity(name, GROUP)
                .forJob(name, GROUP)
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(time.getHour(), time.getMinute())
                        .inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** Registers the weather check every day at {@code time}, replacing an older schedule. */
    public void weatherCheck(Scheduler scheduler, LocalTime time) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(WeatherCheckJob.class)
                .withIdentity("weather-check", GROUP)
                .storeDurably()
                .requestRecovery()
                .build();
        scheduler.addJob(job, true);
        Trigger trigger = daily("weather-check", time);
        if (scheduler.checkExists(trigger.getKey())) scheduler.rescheduleJob(trigger.getKey(), trigger);
        else scheduler.scheduleJob(trigger);
    }
}
