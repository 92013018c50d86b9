package org.receptionbot.scheduler;

import java.time.Clock;
import java.time.LocalDate;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.receptionbot.reminder.MealDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A meal-count deadline: the reminder before it, or the locked board at it. */
public final class MealDeadlineJob implements Job {
    static final String KIND = "kind";
    static final String DATE = "date";
    static final String MEAL = "meal";
    private static final Logger LOG = LoggerFactory.getLogger(MealDeadlineJob.class);

    private final MealDeadlines deadlines;
    private final Clock clock;

    public MealDeadlineJob(MealDeadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        MealDeadlines.Kind kind = MealDeadlines.Kind.valueOf(data.getString(KIND));
        LocalDate date = LocalDate.parse(data.getString(DATE));
        String meal = data.getString(MEAL);
        LOG.info("meal deadline {} {} {}: {}", kind, date, meal, deadlines.fire(kind, date, meal, clock.instant()));
    }
}
