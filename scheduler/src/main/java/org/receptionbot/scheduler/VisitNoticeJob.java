package org.receptionbot.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.receptionbot.reminder.Spoken;
import org.receptionbot.reminder.VisitNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A site-visit route's moment: its list to the site, a look for changes since, or the head-count check. A list or a
 * check that fails on the store is tried again once it is back ({@link StoreRetry}), and said if the route has not
 * yet arrived; a look for changes is simply made again the next minute.
 */
public final class VisitNoticeJob implements Job {
    static final String KIND = "kind";
    static final String ROUTE = "route";
    private static final Logger LOG = LoggerFactory.getLogger(VisitNoticeJob.class);

    private final VisitNotices notices;
    private final Clock clock;

    private final Duration retryEvery;

    public VisitNoticeJob(VisitNotices notices, Clock clock) {
        this(notices, clock, Duration.ofSeconds(30));
    }

    VisitNoticeJob(VisitNotices notices, Clock clock, Duration retryEvery) {
        this.notices = notices;
        this.clock = clock;
        this.retryEvery = retryEvery;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        VisitNotices.Kind kind = VisitNotices.Kind.valueOf(data.getString(KIND));
        String route = data.getString(ROUTE);
        Spoken spoken;
        try {
            spoken = notices.fire(kind, route, clock.instant());
        } catch (RuntimeException e) {
            if (kind == VisitNotices.Kind.UPDATE) {
                // looked for again the next minute; the store's outage is reported once by its watch
                LOG.debug("visit {} {} failed on the store", kind, route, e);
            } else {
                String zh = (kind == VisitNotices.Kind.LIST ? "考察名单" : "清点提醒") + "（" + route + "）";
                StoreRetry.later(context, clock.instant(), retryEvery, zh, "Visit " + kind + " " + route, e, Map.of());
            }
            return;
        }
        if (kind == VisitNotices.Kind.UPDATE) LOG.debug("visit {} {}: {}", kind, route, spoken);
        else LOG.info("visit {} {}: {}", kind, route, spoken);
    }
}
