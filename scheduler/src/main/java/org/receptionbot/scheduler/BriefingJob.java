package org.receptionbot.scheduler;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.receptionbot.reminder.Briefings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The evening briefing to the coordinators and the departure checks in the group, about tomorrow. */
public final class BriefingJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(BriefingJob.class);

    private final Briefings briefings;
    private final Clock clock;
    private final ZoneId zone;

    public BriefingJob(Briefings briefings, Clock clock, ZoneId zone) {
        this.briefings = briefings;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void execute(JobExecutionContext context) {
        // The evening it was meant for, even when it fires late after the bot was down.
        LocalDate evening =
                context.getScheduledFireTime().toInstant().atZone(zone).toLocalDate();
        LOG.info("briefing of {}: {}", evening, briefings.evening(evening, clock.instant()));
        LOG.info("departure checks of {}: {}", evening, briefings.departureChecks(evening, clock.instant()));
    }
}
