package org.receptionbot.scheduler;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.receptionbot.reminder.MealDeadlines;

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
        everyDay(scheduler, WeatherCheckJob.class, "weather-check", time);
    }

    /** Registers the evening briefing every day at {@code time}, replacing an older schedule. */
    public void briefing(Scheduler scheduler, LocalTime time) throws SchedulerException {
        everyDay(scheduler, BriefingJob.class, "briefing", time);
    }

    private void everyDay(Scheduler scheduler, Class<? extends Job> type, String name, LocalTime time)
            throws SchedulerException {
        JobDetail job = JobBuilder.newJob(type)
                .withIdentity(name, GROUP)
                .storeDurably()
                .requestRecovery()
                .build();
        scheduler.addJob(job, true);
        Trigger trigger = daily(name, time);
        if (scheduler.checkExists(trigger.getKey())) scheduler.rescheduleJob(trigger.getKey(), trigger);
        else scheduler.scheduleJob(trigger);
    }

    /** Removes the meal-deadline and briefing jobs with their triggers (when something else does that work). */
    public void forgetMealDeadlinesAndBriefing(Scheduler scheduler) throws SchedulerException {
        scheduler.deleteJob(new JobKey("meal-deadline", GROUP));
        scheduler.deleteJob(new JobKey("briefing", GROUP));
    }

    /**
     * Registers a one-off trigger for each meal-count reminder and lock still ahead. A trigger
     * already registered (by an earlier start or another instance) is left as it is; one missed
     * while the bot was down fires once on recovery and the use case decides whether it still helps.
     */
    public void mealDeadlines(Scheduler scheduler, List<MealDeadlines.Due> ahead) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(MealDeadlineJob.class)
                .withIdentity("meal-deadline", GROUP)
                .storeDurably()
                .requestRecovery()
                .build();
        scheduler.addJob(job, true);
        for (MealDeadlines.Due due : ahead) {
            TriggerKey key = new TriggerKey(
                    "meal-" + due.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + due.date() + "-"
                            + due.meal(),
                    GROUP);
            if (scheduler.checkExists(key)) continue;
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(key)
                    .forJob(job)
                    .usingJobData(MealDeadlineJob.KIND, due.kind().name())
                    .usingJobData(MealDeadlineJob.DATE, due.date().toString())
                    .usingJobData(MealDeadlineJob.MEAL, due.meal())
                    .startAt(Date.from(due.at()))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            try {
                scheduler.scheduleJob(trigger);
            } catch (ObjectAlreadyExistsException e) {
                // another instance registered it first
            }
        }
    }
}
