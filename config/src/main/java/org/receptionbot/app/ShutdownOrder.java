package org.receptionbot.app;

import org.springframework.context.SmartLifecycle;

/**
 * The order the bot stops in, so that the store outlives everything that uses it. Spring stops lifecycle beans by
 * phase, highest first, and destroys the beans only after the last phase:
 *
 * <ol>
 *   <li>{@link #JOBS}: the Quartz scheduler stops firing and the jobs that run finish (they read and write Redis and
 *       say things through the chats);
 *   <li>{@link #CHATS}: the Telegram and Discord adapters close: no more updates handled, the Discord gateway lease
 *       given up in Redis, what is not yet sent left queued in Redis; the sandbox's clock stops doing its timed work
 *       and its terminal stops handling lines, once the tick or line under way has finished;
 *   <li>phase 0: Spring Data's Redis connection factory closes its connections;
 *   <li>the embedded Redis stops when its bean is destroyed, after every bean that depends on it.
 * </ol>
 *
 * A SIGTERM (or Ctrl-C) then ends with no Redis time-out and no error in the log.
 */
public final class ShutdownOrder {
    /** The timed jobs stop first. */
    public static final int JOBS = SmartLifecycle.DEFAULT_PHASE;

    /** Then the chat platforms, well before the Redis client (phase 0). */
    public static final int CHATS = SmartLifecycle.DEFAULT_PHASE / 2 + 1024;

    private ShutdownOrder() {}

    /** A lifecycle bean that does nothing at the start and runs {@code stop} in {@code phase} of the shutdown. */
    public static SmartLifecycle stopIn(int phase, Runnable stop) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                stop.run();
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return phase;
            }
        };
    }
}
