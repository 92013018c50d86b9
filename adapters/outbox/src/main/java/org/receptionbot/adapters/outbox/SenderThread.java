package org.receptionbot.adapters.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that runs delivery passes until stopped: it sleeps until the time the last pass asked
 * for, at most {@link #IDLE} (to notice items other instances queued), and wakes early when told.
 */
final class SenderThread {
    private static final Logger log = LoggerFactory.getLogger(SenderThread.class);

    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final String name;
    private final Supplier<Instant> pass;
    private final Clock clock;
    private final ReentrantLock signal = new ReentrantLock();
    private final Condition woken = signal.newCondition();
    private boolean poked; // guarded by signal
    private volatile boolean stopped;
    private Thread thread; // guarded by this

    /** @param pass delivers what is due and returns when to run again, or null when nothing waits */
    SenderThread(String name, Supplier<Instant> pass, Clock clock) {
        this.name = name;
        this.pass = pass;
        this.clock = clock;
    }

    synchronized void start() {
        if (thread != null) throw new IllegalStateException("the sender is already started");
        if (stopped) throw new IllegalStateException("closed");
        thread = new Thread(this::run, name);
        thread.start();
    }

    boolean stopped() {
        return stopped;
    }

    /** Runs a pass soon, without waiting for the time the last one asked for. */
    void wake() {
        signal.lock();
        try {
            poked = true;
            woken.signalAll();
        } finally {
            signal.unlock();
        }
    }

    /** Stops the thread; a call it makes that hangs is interrupted after a wait. */
    void stop() {
        stopped = true;
        wake();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null || running == Thread.currentThread()) return;
        try {
            running.join(STOP_WAIT.toMillis());
            if (running.isAlive()) {
                running.interrupt(); // aborts a call that hangs; its item stays queued
                running.join(STOP_WAIT.toMillis());
            }
            if (running.isAlive()) log.warn("the sender thread {} did not stop in time", name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!stopped) {
            Instant next;
            try {
                next = pass.get();
            } catch (RuntimeException e) {
                log.warn("a delivery pass failed; trying again shortly", e);
                next = clock.instant().plus(AFTER_FAILURE);
            }
            sleepUntil(next);
        }
    }

    private void sleepUntil(Instant next) {
        Duration wait = next == null ? IDLE : Duration.between(clock.instant(), next);
        if (wait.compareTo(IDLE) > 0) wait = IDLE;
        signal.lock();
        try {
            long nanos = wait.toNanos();
            while (!poked && !stopped && nanos > 0) nanos = woken.awaitNanos(nanos);
            poked = false;
        } catch (InterruptedException e) {
            stopped = true;
        } finally {
            signal.unlock();
        }
    }
}
