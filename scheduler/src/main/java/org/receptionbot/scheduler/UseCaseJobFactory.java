package org.receptionbot.scheduler;

import java.util.Map;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Hands Quartz the job instances built by the composition root (with their use case and clock),
 * so no job is created by reflection and none needs a framework.
 */
public final class UseCaseJobFactory implements JobFactory {

    private final Map<Class<? extends Job>, Job> jobs;

    public UseCaseJobFactory(Map<Class<? extends Job>, Job> jobs) {
        this.jobs = Map.copyOf(jobs);
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        Job job = jobs.get(type);
        if (job == null) throw new SchedulerException("no instance configured for job " + type.getName());
        return job;
    }
}
