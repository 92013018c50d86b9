package org.receptionbot.scheduler;

import java.time.Clock;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.receptionbot.reminder.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says one custom reminder when it falls due. */
public final class ReminderJob implements Job {

    static final String REMINDER_ID = "reminderId";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final Clock clock;

    public ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int id = context.getMergedJobDataMap().getInt(REMINDER_ID);
        LOG.info("reminder {}: {}", id, reminders.deliver(id, clock.instant()));
    }
}
