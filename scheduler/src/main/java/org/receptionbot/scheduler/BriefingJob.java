package org.receptionbot.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.receptionbot.reminder.Briefings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evening briefing to the coordinators and the departure checks in the group, about tomorrow. Tried again once
 * the store is back when it fails on it ({@link StoreRetry}); each part is said once, and only that evening.
 */
public final class BriefingJob implements Job {
    /** The evening a retry is about (ISO date); the first firing takes it from its scheduled time. */
    static final String EVENING = "evening";

    private static final Logger LOG = LoggerFactory.getLogger(BriefingJob.class);

    private final Briefings briefings;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration retryEvery;

    public BriefingJob(Briefings briefings, Clock clock, ZoneId zone) {
        this(briefings, clock, zone, Duration.ofSeconds(30));
    }

    BriefingJob(Briefings briefings, Clock clock, ZoneId zone, Duration retryEvery) {
        this.briefings = briefings;
        this.clock = clock;
        this.zone = zone;
        this.retryEvery = retryEvery;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        // The evening it was meant for, even when it fires late after the bot was down.
        LocalDate evening = data.containsKey(EVENING)
                ? LocalDate.parse(data.getString(EVENING))
                : context.getScheduledFireTime().toInstant().atZone(zone).toLocalDate();
        try {
            LOG.info("briefing of {}: {}", evening, briefings.evening(evening, clock.instant()));
            LOG.info("departure checks of {}: {}", evening, briefings.departureChecks(evening, clock.instant()));
        } catch (RuntimeException e) {
            StoreRetry.later(
                    context,
                    clock.instant(),
                    retryEvery,
                    "明日安排和离会确认（" + evening + "）",
                    "The briefing of " + evening,
                    e,
                    Map.of(EVENING, evening.toString()));
        }
    }
}
