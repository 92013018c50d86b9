package org.receptionbot.adapters.discord;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread everything received is handled on, in the order JDA delivered it. Once stopping,
 * it takes nothing more: a catch-up at the next start reads what it left.
 */
final class Worker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Worker.class);
    static final long RETRY_SECONDS = 5;

    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "discord-inbound"));

    void submit(Runnable step) {
        try {
            thread.execute(step);
        } catch (RejectedExecutionException e) {
            log.debug("stopping: a Discord event is left to the next start");
        }
    }

    /** Runs {@code step} {@value #RETRY_SECONDS} s from now. */
    void later(Runnable step) {
        try {
            thread.schedule(step, RETRY_SECONDS, TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("stopping: a retry is left to the next start");
        }
    }

    boolean stopping() {
        return thread.isShutdown();
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) thread.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
