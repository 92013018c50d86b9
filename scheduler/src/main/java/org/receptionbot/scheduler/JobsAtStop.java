package org.receptionbot.scheduler;

import java.time.Duration;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler when the bot stops: it fires nothing more, and the jobs already running finish while the chats and
 * the store they use still run. A trigger due meanwhile stays in the job store and fires after the next start, where
 * its use case decides whether it still helps.
 */
public final class JobsAtStop {
    private static final Logger LOG = LoggerFactory.getLogger(JobsAtStop.class);

    private JobsAtStop() {}

    /** Pauses {@code scheduler} and waits up to {@code atMost} for its running jobs; false when some still run. */
    public static boolean finish(Scheduler scheduler, Duration atMost) {
        try {
            if (scheduler.isShutdown()) return true;
            scheduler.standby();
            long until = System.nanoTime() + atMost.toNanos();
            while (!scheduler.getCurrentlyExecutingJobs().isEmpty()) {
                if (System.nanoTime() - until > 0) {
                    LOG.warn(
                            "{} timed job(s) still running after {} s; stopping anyway",
                            scheduler.getCurrentlyExecutingJobs().size(),
                            atMost.toSeconds());
                    return false;
                }
                Thread.sleep(50);
            }
            return true;
        } catch (SchedulerException e) {
            LOG.warn("could not wait for the timed jobs to finish", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
