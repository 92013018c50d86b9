package org.receptionbot.scheduler;

import java.time.Clock;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.receptionbot.reminder.VisitNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A site-visit route's moment: its list to the site, a look for changes since, or the head-count check. */
public final class VisitNoticeJob implements Job {
    static final String KIND = "kind";
    static final String ROUTE = "route";
    private static final Logger LOG = LoggerFactory.getLogger(VisitNoticeJob.class);

    private final VisitNotices notices;
    private final Clock clock;

    public VisitNoticeJob(VisitNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        VisitNotices.Kind kind = VisitNotices.Kind.valueOf(data.getString(KIND));
        String route = data.getString(ROUTE);
        var spoken = notices.fire(kind, route, clock.instant());
        if (kind == VisitNotices.Kind.UPDATE) LOG.debug("visit {} {}: {}", kind, route, spoken);
        else LOG.info("visit {} {}: {}", kind, route, spoken);
    }
}
