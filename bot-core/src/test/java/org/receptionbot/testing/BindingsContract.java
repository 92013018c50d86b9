package org.receptionbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.Binding;
import org.receptionbot.ledger.Bindings;

/**
 * What every {@link Bindings} must do. A store's test extends this and gives a fresh store with no
 * binding; the in-memory one is checked by {@code InMemoryBindingsTest}.
 */
public abstract class BindingsContract {
    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");

    /** A fresh store with no binding. */
    protected abstract Bindings bindings();

    @Test
    void aBindingReplacesTheAccountsPreviousOne() {
        Bindings bindings = bindings();
        bindings.bind(new Binding("telegram", "1001", "李娜", "hunan", null, AT));
        Binding confirmed = new Binding("telegram", "1001", "李娜", "hubei", "9", AT.plusSeconds(5));

        bindings.bind(confirmed);

        assertThat(bindings.find("telegram", "1001")).contains(confirmed);
        assertThat(bindings.all()).containsExactly(confirmed);
    }

    @Test
    void anAccountIsItsPlatformAndItsUserId() {
        Bindings bindings = bindings();
        Binding telegram = new Binding("telegram", "1001", "李娜", "hunan", "9", AT);
        Binding discord = new Binding("discord", "1001", "Li Na", "hubei", "9", AT);
        bindings.bind(telegram);
        bindings.bind(discord);

        assertThat(bindings.find("telegram", "1001")).contains(telegram);
        assertThat(bindings.find("discord", "1001")).contains(discord);
        assertThat(bindings.find("telegram", "1002")).isEmpty();
        assertThat(bindings.find("sandbox", "1001")).isEmpty();
    }

    @Test
    void aBindingWithNoNameConfirmationOrTimeComesBackAsItWasBound() {
        Bindings bindings = bindings();
        Binding bare = new Binding("telegram", "1001", null, "hunan", null, null);

        bindings.bind(bare);

        assertThat(bindings.find("telegram", "1001")).contains(bare);
    }

    @Test
    void listsEveryBindingByPlatformThenByUserId() {
        Bindings bindings = bindings();
        Binding wang = new Binding("telegram", "2002", "王强", "hunan", "9", AT);
        Binding li = new Binding("telegram", "1001", "李娜", "hunan", "9", AT);
        Binding zhao = new Binding("discord", "3003", "赵敏", "hunan", "9", AT);
        bindings.bind(wang);
        bindings.bind(li);
        bindings.bind(zhao);

        assertThat(bindings.all()).containsExactly(zhao, li, wang);
    }
}
