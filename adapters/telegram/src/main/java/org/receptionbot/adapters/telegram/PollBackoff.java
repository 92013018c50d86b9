package org.receptionbot.adapters.telegram;

/** The poller's wait between failed attempts: the first pause, then twice as long each time, up to a ceiling. */
final class PollBackoff {
    private final long firstMillis;
    private final long mostMillis;
    private long millis;

    PollBackoff(long firstMillis, long mostMillis) {
        this.firstMillis = firstMillis;
        this.mostMillis = mostMillis;
        this.millis = firstMillis;
    }

    void reset() {
        millis = firstMillis;
    }

    /** Sleeps the current pause and doubles the next; false when interrupted. */
    boolean pause() {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        millis = Math.min(millis * 2, mostMillis);
        return true;
    }
}
