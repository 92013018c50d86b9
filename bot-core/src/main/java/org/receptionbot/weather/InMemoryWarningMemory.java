package org.receptionbot.weather;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link WarningMemory} that forgets on restart; for tests and a single instance without a store. */
public final class InMemoryWarningMemory implements WarningMemory {

    private final Set<String> given = ConcurrentHashMap.newKeySet();

    @Override
    public boolean firstTime(LocalDate date, WeatherWarning.Kind kind) {
        return given.add(date + "/" + kind);
    }
}
