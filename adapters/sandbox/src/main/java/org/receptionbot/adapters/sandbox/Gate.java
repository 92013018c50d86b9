package org.receptionbot.adapters.sandbox;

/**
 * What the sandbox does with the bot (a typed line handled, the timed work of a clock tick or a {@code :time}), one
 * piece at a time, until the bot stops: {@link #close()} waits for the piece that runs, and nothing runs after it, so
 * that nothing reaches a store the bot has closed.
 */
final class Gate {
    private boolean closed;

    /** Runs {@code work} unless the gate is closed; false when it did not run. */
    synchronized boolean pass(Runnable work) {
        if (closed) return false;
        work.run();
        return true;
    }

    /** Closes the gate once what runs has finished; closing it again does nothing. */
    synchronized void close() {
        closed = true;
    }
}
