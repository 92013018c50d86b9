package org.receptionbot.scheduler;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.receptionbot.weather.WeatherCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The evening weather check. */
@DisallowConcurrentExecution
public final class WeatherCheckJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(WeatherCheckJob.class);

    private final WeatherCheck check;
    private final Clock clock;

    public WeatherCheckJob(WeatherCheck check, Clock clock) {
        this.check = check;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        LOG.info("weather check: {}", check.run(clock));
    }
}
