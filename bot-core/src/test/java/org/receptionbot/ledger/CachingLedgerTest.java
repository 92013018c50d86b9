package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.LedgerContract;

class CachingLedgerTest extends LedgerContract {

    @Override
    protected Ledger ledger() {
        return new CachingLedger(new InMemoryLedger());
    }

    @Test
    void a_cached_day_and_movements_follow_later_appends_and_withdrawals_like_the_store() {
        InMemoryLedger store = new InMemoryLedger();
        Source before = source("m1", "li");
        LedgerContract.append(store, List.of(entry(before, 0, 30)));
        CachingLedger cache = new CachingLedger(store);
        cache.day(DAY);
        cache.activeMovements();

        Source s = source("m2", "li");
        Entry dep = new Entry(
                "sandbox:group:m2#1",
                DAY,
                new org.receptionbot.record.Departure("hunan", DAY, null, null, null),
                s,
                false);
        LedgerContract.append(cache, List.of(entry(s, 0, 31), dep));
        cache.withdraw(List.of(new Withdrawal(before.messageKey() + "#0", s)));

        assertThat(cache.day(DAY)).isEqualTo(store.day(DAY));
        assertThat(cache.day(DAY).active()).containsExactly(entry(s, 0, 31), dep);
        assertThat(cache.activeMovements()).isEqualTo(store.activeMovements());
        cache.withdraw(List.of(new Withdrawal(dep.id(), s)));
        assertThat(cache.activeMovements()).isEmpty();
    }
}
