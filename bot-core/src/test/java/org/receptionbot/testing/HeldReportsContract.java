package org.receptionbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.HeldReports;

/**
 * What every {@link HeldReports} must do. A store's test extends this and gives a fresh, empty
 * store; the in-memory one is checked by {@code InMemoryHeldReportsTest}.
 */
public abstract class HeldReportsContract {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    /** A fresh, empty store. */
    protected abstract HeldReports held();

    @Test
    void aKeyListedTwiceUnderADayIsListedOnceAndOnlyUnderThatDay() {
        HeldReports held = held();

        held.list(DAY, "confirm:sandbox:group:hunan");
        held.list(DAY, "confirm:sandbox:group:hunan");
        held.list(DAY.plusDays(1), "confirm:sandbox:group:tian");

        assertThat(held.keys(DAY)).containsExactly("confirm:sandbox:group:hunan");
        assertThat(held.keys(DAY.plusDays(1))).containsExactly("confirm:sandbox:group:tian");
        assertThat(held.keys(DAY.plusDays(2))).isEmpty();
    }

    @Test
    void aDayKeepsEveryKeyListedUnderIt() {
        HeldReports held = held();

        held.list(DAY, "confirm:a");
        held.list(DAY, "confirm:b");

        assertThat(held.keys(DAY)).containsExactlyInAnyOrder("confirm:a", "confirm:b");
    }
}
