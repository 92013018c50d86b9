package org.receptionbot.weather;

import java.time.LocalDate;

/** Which warnings were already given, so none is repeated for the same day. */
public interface WarningMemory {

    /**
     * Records that the warning of this kind for this day is given.
     *
     * @return true if it was not given before (so it should be sent now), false if it was
     */
    boolean firstTime(LocalDate date, WeatherWarning.Kind kind);
}
