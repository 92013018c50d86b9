package org.receptionbot.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.receptionbot.reminder.MealDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A meal-count deadline: the reminder before it, or the locked board at it. Fired late (after a restart) or tried
 * again once the store is back ({@link StoreRetry}), it is said with the clock of that moment, so the use case skips
 * a reminder whose deadline has passed and a board whose meal is being served.
 */
public final class MealDeadlineJob implements Job {
    static final String KIND = "kind";
    static final String DATE = "date";
    static final String MEAL = "meal";
    private static final Logger LOG = LoggerFactory.getLogger(MealDeadlineJob.class);

    private final MealDeadlines deadlines;
    private final Clock clock;
    private final Duration retryEvery;

    public MealDeadlineJob(MealDeadlines deadlines, Clock clock) {
        this(deadlines, clock, Duration.ofSeconds(30));
    }

    MealDeadlineJob(MealDeadlines deadlines, Clock clock, Duration retryEvery) {
        this.deadlines = deadlines;
        this.clock = clock;
        this.retryEvery = retryEvery;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        MealDeadlines.Kind kind = MealDeadlines.Kind.valueOf(data.getString(KIND));
        LocalDate date = LocalDate.parse(data.getString(DATE));
        String meal = data.getString(MEAL);
        try {
            LOG.info("meal deadline {} {} {}: {}", kind, date, meal, deadlines.fire(kind, date, meal, clock.instant()));
        } catch (RuntimeException e) {
            String zh = (kind == MealDeadlines.Kind.WARN ? "报餐提醒" : "报餐截止看板") + "（" + date + " " + meal + "）";
            String en = "Meal deadline " + kind + " " + date + " " + meal;
            StoreRetry.later(context, clock.instant(), retryEvery, zh, en, e, Map.of());
        }
    }
}
