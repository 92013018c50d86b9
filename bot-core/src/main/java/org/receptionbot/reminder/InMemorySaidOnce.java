package org.receptionbot.reminder;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SaidOnce} for one process and tests; forgets on restart. */
public final class InMemorySaidOnce implements SaidOnce {
    private final Set<String> said = ConcurrentHashMap.newKeySet();

    @Override
    public boolean claim(String key) {
        return said.add(key);
    }

    @Override
    public boolean said(String key) {
        return said.contains(key);
    }
}
