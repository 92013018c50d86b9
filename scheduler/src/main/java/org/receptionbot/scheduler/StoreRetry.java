package org.receptionbot.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A timed job that failed on the store (Redis down, slow or paused) is tried again: a one-off trigger for the same job,
 * with the data of the trigger that fired it, every {@code every} until the job runs, or a day after the first failure.
 * The job's use case decides at each try, from the clock and before it uses the store, whether what it says still
 * helps; so once Redis is back a meal's locked board is said if the meal is not yet served, and its reminder only if
 * the deadline is still ahead. One WARN line when the failures begin, none for each retry.
 */
final class StoreRetry {
    /** When the first attempt failed, in epoch milliseconds; set on the retries' triggers. */
    static final String FAILING_SINCE = "failingSince";

    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final String RETRY = "-retry-";
    private static final Logger LOG = LoggerFactory.getLogger(StoreRetry.class);

    private StoreRetry() {}

    /**
     * Schedules the next try of the job that failed in {@code context}.
     *
     * @param zh what failed, for the log's Chinese half ("提醒3", "11月22日午餐报餐提醒")
     * @param en the same in English
     * @param extra data the retry needs beyond the fired trigger's (the evening a briefing is about)
     */
    static void later(
            JobExecutionContext context,
            Instant now,
            Duration every,
            String zh,
            String en,
            RuntimeException failure,
            Map<String, Object> extra) {
        JobDataMap fired = context.getMergedJobDataMap();
        boolean first = !fired.containsKey(FAILING_SINCE);
        Instant since = first ? now : Instant.ofEpochMilli(fired.getLong(FAILING_SINCE));
        if (first) {
            LOG.warn(
                    "{}到点时未能发出（{}），每{}秒重试，存储恢复后仍有用的即补发。/ {} could not be said when due ({}); it"
                            + " is tried again every {} s and said once the store is back, if it still helps.",
                    zh,
                    failure.toString(),
                    every.toSeconds(),
                    en,
                    failure.toString(),
                    every.toSeconds());
        }
        if (now.isAfter(since.plus(GIVE_UP_AFTER))) {
            LOG.error("{} could not be said for {}; given up", en, GIVE_UP_AFTER, failure);
            return;
        }
        JobDataMap data = new JobDataMap(context.getTrigger().getJobDataMap());
        data.putAll(extra);
        data.put(FAILING_SINCE, since.toEpochMilli());
        String name = context.getTrigger().getKey().getName();
        if (name.contains(RETRY)) name = name.substring(0, name.indexOf(RETRY));
        Trigger again = TriggerBuilder.newTrigger()
                .withIdentity(name + RETRY + System.nanoTime(), Schedules.GROUP)
                .forJob(context.getJobDetail().getKey())
                .usingJobData(data)
                .startAt(new Date(System.currentTimeMillis() + every.toMillis()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            context.getScheduler().scheduleJob(again);
        } catch (SchedulerException e) {
            LOG.error("{} could not be said and could not be tried again", en, e);
        }
    }
}
