package org.receptionbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.weather.WarningMemory;
import org.receptionbot.weather.WeatherWarning;

/**
 * What every {@link WarningMemory} must do. A store's test extends this and gives a fresh one that
 * has given no warning; the in-memory one is checked by {@code InMemoryWarningMemoryTest}.
 */
public abstract class WarningMemoryContract {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final WeatherWarning.Kind KIND = WeatherWarning.Kind.values()[0];

    /** A fresh one that has given no warning yet. */
    protected abstract WarningMemory memory();

    @Test
    void aWarningOfADayIsTheFirstTimeOnceOnly() {
        WarningMemory memory = memory();

        assertThat(memory.firstTime(DAY, KIND)).isTrue();
        assertThat(memory.firstTime(DAY, KIND)).isFalse();
    }

    @Test
    void anotherDayOrAnotherKindIsAFirstTimeOfItsOwn() {
        WarningMemory memory = memory();
        memory.firstTime(DAY, KIND);

        assertThat(memory.firstTime(DAY.plusDays(1), KIND)).isTrue();
        assertThat(memory.firstTime(DAY, WeatherWarning.Kind.values()[1])).isTrue();
    }

    @Test
    void ofCallersGivingOneWarningAtTheSameMomentOnlyOneIsFirst() {
        WarningMemory memory = memory();

        List<Boolean> first = Race.of(8, () -> memory.firstTime(DAY, KIND));

        assertThat(first).containsOnlyOnce(true);
    }
}
