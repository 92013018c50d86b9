package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aCachedDayAndMovementsFollowLaterAppendsAndWithdrawalsLikeTheStore() {
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

    @Test
    void anAppendTheStoreReportsAsAppliedBeforeIsReadFromTheStore() {
        InMemoryLedger store = new InMemoryLedger();
        CachingLedger cache = new CachingLedger(store);
        cache.day(DAY);
        cache.activeMovements();
        Source s = source("m1", "li");
        List<Entry> entries = List.of(entry(s, 0, 29), departure(s, 1));
        // A run of this append whose reply never came: the store has it, the cache does not.
        store.append(s.messageKey(), entries);

        assertThat(cache.append(s.messageKey(), entries)).isFalse();

        assertThat(cache.day(DAY)).isEqualTo(store.day(DAY));
        assertThat(cache.day(DAY).active()).containsExactlyElementsOf(entries);
        assertThat(cache.activeMovements()).containsExactly(entries.get(1));
    }

    @Test
    void anAppendThatFailsAfterTheStoreMadeItIsReadFromTheStore() {
        InMemoryLedger store = new InMemoryLedger();
        CachingLedger cache = new CachingLedger(new FailingAfterWrite(store));
        cache.day(DAY);
        Source s = source("m1", "li");
        List<Entry> entries = List.of(entry(s, 0, 29));

        assertThatThrownBy(() -> cache.append(s.messageKey(), entries)).hasMessageContaining("reset");

        assertThat(cache.day(DAY).active()).containsExactlyElementsOf(entries);
    }

    @Test
    void aWithdrawalThatFailsAfterTheStoreMadeItIsReadFromTheStore() {
        InMemoryLedger store = new InMemoryLedger();
        Source s = source("m1", "li");
        LedgerContract.append(store, List.of(entry(s, 0, 29)));
        CachingLedger cache = new CachingLedger(new FailingAfterWrite(store));
        assertThat(cache.day(DAY).active()).hasSize(1);

        assertThatThrownBy(() -> cache.withdraw(List.of(new Withdrawal(s.messageKey() + "#0", s))))
                .hasMessageContaining("reset");

        assertThat(cache.day(DAY).active()).isEmpty();
    }

    private static Entry departure(Source s, int index) {
        return new Entry(
                s.messageKey() + "#" + index,
                DAY,
                new org.receptionbot.record.Departure("hunan", DAY, null, null, null),
                s,
                false);
    }

    /** A store whose writes are made and then fail, as a command whose connection broke before the reply. */
    private static final class FailingAfterWrite implements Ledger {
        private final Ledger store;

        FailingAfterWrite(Ledger store) {
            this.store = store;
        }

        @Override
        public boolean append(String messageKey, List<Entry> entries) {
            store.append(messageKey, entries);
            throw new IllegalStateException("Connection reset");
        }

        @Override
        public void withdraw(List<Withdrawal> withdrawals) {
            store.withdraw(withdrawals);
            throw new IllegalStateException("Connection reset");
        }

        @Override
        public DayLog day(java.time.LocalDate day) {
            return store.day(day);
        }

        @Override
        public List<Entry> activeEntriesOf(String messageRef) {
            return store.activeEntriesOf(messageRef);
        }

        @Override
        public java.util.Optional<String> lastMessageOf(org.receptionbot.chat.ChatRef chat, String senderId) {
            return store.lastMessageOf(chat, senderId);
        }

        @Override
        public List<Entry> activeMovements() {
            return store.activeMovements();
        }

        @Override
        public void recordActual(ActualCount actual) {
            store.recordActual(actual);
        }

        @Override
        public List<ActualCount> actuals(java.time.LocalDate day) {
            return store.actuals(day);
        }
    }
}
