package org.receptionbot.scheduler;

import java.util.Date;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.receptionbot.reminder.Reminder;
import org.receptionbot.reminder.ReminderTimer;

/**
 * One persistent Quartz trigger per reminder. A trigger missed while the bot was down fires once
 * on recovery; {@link org.receptionbot.reminder.Reminders#deliver} decides whether it is too late.
 */
public final class QuartzReminderTimer implements ReminderTimer {

    private final Scheduler scheduler;

    public QuartzReminderTimer(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void schedule(Reminder reminder) {
        JobDetail job = JobBuilder.newJob(ReminderJob.class)
                .withIdentity(key(reminder.id()))
                .usingJobData(ReminderJob.REMINDER_ID, reminder.id())
                .requestRecovery()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity("reminder-" + reminder.id(), Schedules.GROUP)
                .startAt(Date.from(reminder.due()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule reminder " + reminder.id(), e);
        }
    }

    @Override
    public void cancel(int id) {
        try {
            scheduler.deleteJob(key(id));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot cancel reminder " + id, e);
        }
    }

    private static JobKey key(int id) {
        return new JobKey("reminder-" + id, Schedules.GROUP);
    }
}
