package org.receptionbot.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.receptionbot.reminder.Delivery;
import org.receptionbot.reminder.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says one custom reminder when it falls due. When it cannot (the store is down), it tries again
 * until it can: then the reminder is said once, or, past its grace, dropped and logged.
 */
public final class ReminderJob implements Job {

    static final String REMINDER_ID = "reminderId";
    /** When the first attempt failed, in epoch milliseconds; set on the retries' triggers. */
    static final String FAILING_SINCE = "failingSince";

    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final Clock clock;
    private final Duration retryEvery;

    public ReminderJob(Reminders reminders, Clock clock) {
        this(reminders, clock, Duration.ofSeconds(30));
    }

    ReminderJob(Reminders reminders, Clock clock, Duration retryEvery) {
        this.reminders = reminders;
        this.clock = clock;
        this.retryEvery = retryEvery;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int id = context.getMergedJobDataMap().getInt(REMINDER_ID);
        Delivery delivery;
        try {
            delivery = reminders.deliver(id, clock.instant());
        } catch (RuntimeException e) {
            retry(context, id, e);
            return;
        }
        if (delivery instanceof Delivery.TooLate late) {
            LOG.warn(
                    "提醒{}超过宽限时间未能发出，已放弃：{} / Reminder {} was past its grace when it could be said;" + " dropped: {}",
                    id,
                    late.reminder().text(),
                    id,
                    late.reminder().text());
        } else {
            LOG.info("reminder {}: {}", id, delivery);
        }
    }

    private void retry(JobExecutionContext context, int id, RuntimeException failure) {
        var data = context.getMergedJobDataMap();
        Instant now = clock.instant();
        boolean first = !data.containsKey(FAILING_SINCE);
        Instant since = first ? now : Instant.ofEpochMilli(data.getLong(FAILING_SINCE));
        if (first) {
            LOG.warn(
                    "提醒{}到期时未能发出（{}），每{}秒重试，存储恢复后补发。/ Reminder {} could not be said ({}); it is"
                            + " tried again every {} s until the store is back.",
                    id,
                    failure.toString(),
                    retryEvery.toSeconds(),
                    id,
                    failure.toString(),
                    retryEvery.toSeconds());
        }
        if (now.isAfter(since.plus(GIVE_UP_AFTER))) {
            LOG.error("Reminder {} could not be said for {}; given up", id, GIVE_UP_AFTER, failure);
            return;
        }
        Trigger again = TriggerBuilder.newTrigger()
                .withIdentity("reminder-" + id + "-retry-" + System.nanoTime(), Schedules.GROUP)
                .forJob(context.getJobDetail().getKey())
                .usingJobData(FAILING_SINCE, since.toEpochMilli())
                .startAt(new Date(System.currentTimeMillis() + retryEvery.toMillis()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            context.getScheduler().scheduleJob(again);
        } catch (SchedulerException e) {
            LOG.error("Reminder {} could not be said and could not be tried again", id, e);
        }
    }
}
