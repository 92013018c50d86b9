package org.receptionbot.scheduler;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
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
import org.receptionbot.reminder.VisitNotices;

/**
 * The site visits' triggers, registered idempotently: a one-off trigger for each route's list and
 * head-count check still ahead, and one repeating every minute from the list to the arrival that
 * looks for changes. A trigger already registered (an earlier start, another instance) is left as
 * it is; the use case decides from the clock whether a late one still helps.
 */
public final class VisitSchedules {
    private static final JobKey JOB = new JobKey("visit-notice", Schedules.GROUP);

    public void register(
            Scheduler scheduler, List<VisitNotices.Due> ahead, List<VisitNotices.Window> windows, Instant now)
            throws SchedulerException {
        JobDetail job = JobBuilder.newJob(VisitNoticeJob.class)
                .withIdentity(JOB)
                .storeDurably()
                .requestRecovery()
                .build();
        scheduler.addJob(job, true);
        for (VisitNotices.Due due : ahead) {
            add(
                    scheduler,
                    trigger(due.kind(), due.route())
                            .startAt(Date.from(due.at()))
                            .withSchedule(
                                    SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                            .build());
        }
        for (VisitNotices.Window w : windows) {
            if (!w.to().isAfter(now)) continue;
            Instant start = w.from().plus(VisitNotices.UPDATE_EVERY);
            add(
                    scheduler,
                    trigger(VisitNotices.Kind.UPDATE, w.route())
                            .startAt(Date.from(start.isAfter(now) ? start : now))
                            .endAt(Date.from(w.to()))
                            .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                                    .withIntervalInSeconds((int) VisitNotices.UPDATE_EVERY.toSeconds())
                                    .repeatForever()
                                    .withMisfireHandlingInstructionNextWithRemainingCount())
                            .build());
        }
    }

    /** Removes the visit job with its triggers (when the sandbox does that work). */
    public void forget(Scheduler scheduler) throws SchedulerException {
        scheduler.deleteJob(JOB);
    }

    private static TriggerBuilder<Trigger> trigger(VisitNotices.Kind kind, String route) {
        return TriggerBuilder.newTrigger()
                .withIdentity(
                        new TriggerKey("visit-" + kind.name().toLowerCase(Locale.ROOT) + "-" + route, Schedules.GROUP))
                .forJob(JOB)
                .usingJobData(VisitNoticeJob.KIND, kind.name())
                .usingJobData(VisitNoticeJob.ROUTE, route);
    }

    private static void add(Scheduler scheduler, Trigger trigger) throws SchedulerException {
        if (scheduler.checkExists(trigger.getKey())) return;
        try {
            scheduler.scheduleJob(trigger);
        } catch (ObjectAlreadyExistsException e) {
            // another instance registered it first
        }
    }
}
