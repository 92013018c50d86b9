package org.receptionbot.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.receptionbot.ledger.HeldReports;

/** The days' held-report keys in memory, for tests. */
public final class InMemoryHeldReports implements HeldReports {
    private final Map<LocalDate, Set<String>> keys = new HashMap<>();

    @Override
    public synchronized void list(LocalDate day, String key) {
        keys.computeIfAbsent(day, d -> new LinkedHashSet<>()).add(key);
    }

    @Override
    public synchronized Set<String> keys(LocalDate day) {
        return Set.copyOf(keys.getOrDefault(day, Set.of()));
    }
}
