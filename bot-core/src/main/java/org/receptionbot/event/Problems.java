package org.receptionbot.event;

import java.util.ArrayList;
import java.util.List;

/** The problems found so far in one source. */
final class Problems {
    private final String source;
    private final List<EventProblem> found = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void add(String entry, String message) {
        found.add(new EventProblem(source, entry.isEmpty() ? "（文件）" : entry, message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<EventProblem> all() {
        return found;
    }
}
