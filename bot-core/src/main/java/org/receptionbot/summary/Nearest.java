package org.receptionbot.summary;

/** What is said nearest before a span of the text, and first after it. */
final class Nearest<T> {
    private final int start;
    private final int end;
    private T before;
    private int beforeAt = -1;
    private T after;
    private int afterAt = Integer.MAX_VALUE;

    Nearest(int start, int end) {
        this.start = start;
        this.end = end;
    }

    void saw(T value, int at) {
        if (value == null) return;
        if (at < start && at > beforeAt) {
            before = value;
            beforeAt = at;
        } else if (at >= end && at < afterAt) {
            after = value;
            afterAt = at;
        }
    }

    /** Whether something was seen before the span. */
    boolean seenBefore() {
        return before != null;
    }

    T best() {
        return before != null ? before : after;
    }
}
