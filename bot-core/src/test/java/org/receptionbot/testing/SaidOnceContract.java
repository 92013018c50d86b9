package org.receptionbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.reminder.SaidOnce;

/**
 * What every {@link SaidOnce} must do. A store's test extends this and gives a fresh one that has
 * said nothing; the in-memory one is checked by {@code InMemorySaidOnceTest}.
 */
public abstract class SaidOnceContract {

    /** A fresh one that has said nothing yet. */
    protected abstract SaidOnce saidOnce();

    @Test
    void claimsAKeyTheFirstTimeOnly() {
        SaidOnce said = saidOnce();

        assertThat(said.claim("warn:2026-11-23:LUNCH")).isTrue();
        assertThat(said.claim("warn:2026-11-23:LUNCH")).isFalse();
        assertThat(said.claim("warn:2026-11-23:LUNCH")).isFalse();
    }

    @Test
    void tellsWhatWasSaidWithoutClaimingIt() {
        SaidOnce said = saidOnce();

        assertThat(said.said("visit-list:beihai:2026-12-09")).isFalse();
        assertThat(said.claim("visit-list:beihai:2026-12-09")).isTrue();
        assertThat(said.said("visit-list:beihai:2026-12-09")).isTrue();
        assertThat(said.said("visit-list:liuzhou:2026-12-09")).isFalse();
    }

    @Test
    void claimsEachKeyOnItsOwn() {
        SaidOnce said = saidOnce();
        said.claim("warn:2026-11-23:LUNCH");

        assertThat(said.claim("lock:2026-11-23:LUNCH")).isTrue();
        assertThat(said.claim("warn:2026-11-24:LUNCH")).isTrue();
    }

    @Test
    void ofCallersClaimingOneKeyAtTheSameMomentOnlyOneWins() {
        SaidOnce said = saidOnce();

        List<Boolean> won = Race.of(8, () -> said.claim("briefing:2026-11-23"));

        assertThat(won).containsOnlyOnce(true);
    }
}
