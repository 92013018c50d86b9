package org.receptionbot.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.receptionbot.reminder.Delivery;
import org.receptionbot.reminder.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says one custom reminder when it falls due. When it cannot (the store is down), it tries again
 * until it can ({@link StoreRetry}): then the reminder is said once, or, past its grace, dropped and logged.
 */
public final class ReminderJob implements Job {

    static final String REMINDER_ID = "reminderId";
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
        StoreRetry.later(context, clock.instant(), retryEvery, "提醒" + id, "Reminder " + id, failure, Map.of());
    }
}
