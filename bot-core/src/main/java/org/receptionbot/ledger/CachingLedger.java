package org.receptionbot.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.record.Movement;

/**
 * A write-through cache in front of a store: day logs, movements and actual diners are read from the store once
 * and then kept up to date from this instance's own appends and withdrawals, so boards and answers
 * do not fetch a whole day per message. Valid while this process is the only writer of the store
 * (one bot instance); after a restart it fills again from the store. A write whose outcome is
 * unsure (reported as applied before, or failed) makes it read again what the write touches.
 */
public final class CachingLedger implements Ledger {
    private final Ledger store;
    private final Map<LocalDate, List<Entry>> days = new HashMap<>();
    /** The day logs handed out since the day last changed; a change drops them. */
    private final Map<LocalDate, DayLog> logs = new HashMap<>();

    private final Map<String, Withdrawal> withdrawn = new HashMap<>();
    private final Map<LocalDate, List<ActualCount>> actuals = new HashMap<>();
    private List<Entry> movements;

    public CachingLedger(Ledger store) {
        this.store = store;
    }

    /**
     * Appends through the store. When the store says the version was applied before, or fails, it
     * may hold entries this cache never saw (a run whose reply was lost, a write that failed after
     * Redis made it): the days and movements they touch are read from the store again.
     */
    @Override
    public synchronized boolean append(String messageKey, List<Entry> entries) {
        boolean applied;
        try {
            applied = store.append(messageKey, entries);
        } catch (RuntimeException e) {
            forget(entries);
            throw e;
        }
        if (!applied) {
            forget(entries);
            return false;
        }
        for (Entry e : entries) {
            List<Entry> day = days.get(e.day());
            if (day != null) day.add(e);
            logs.remove(e.day());
            if (movements != null && e.record() instanceof Movement) movements.add(e);
        }
        return true;
    }

    private void forget(List<Entry> entries) {
        for (Entry e : entries) {
            days.remove(e.day());
            logs.remove(e.day());
            if (e.record() instanceof Movement) movements = null;
        }
    }

    /** A withdrawal that fails may have been made: everything cached is read again. */
    @Override
    public synchronized void withdraw(List<Withdrawal> withdrawals) {
        try {
            store.withdraw(withdrawals);
        } catch (RuntimeException e) {
            days.clear();
            logs.clear();
            movements = null;
            throw e;
        }
        for (Withdrawal w : withdrawals) withdrawn.putIfAbsent(w.entryId(), w);
        logs.clear();
        if (movements != null) movements.removeIf(e -> withdrawn.containsKey(e.id()));
    }

    @Override
    public synchronized DayLog day(LocalDate day) {
        DayLog log = logs.get(day);
        if (log != null) return log;
        List<Entry> entries = days.get(day);
        if (entries == null) {
            DayLog loaded = store.day(day);
            days.put(day, new ArrayList<>(loaded.entries()));
            loaded.withdrawn().forEach(withdrawn::putIfAbsent);
            entries = days.get(day);
        }
        Map<String, Withdrawal> of = new HashMap<>();
        for (Entry e : entries) {
            Withdrawal w = withdrawn.get(e.id());
            if (w != null) of.put(e.id(), w);
        }
        log = new DayLog(day, entries, of);
        logs.put(day, log);
        return log;
    }

    @Override
    public List<Entry> activeEntriesOf(String messageRef) {
        return store.activeEntriesOf(messageRef);
    }

    @Override
    public synchronized List<Entry> activeMovements() {
        if (movements == null) movements = new ArrayList<>(store.activeMovements());
        return List.copyOf(movements);
    }

    @Override
    public Optional<String> lastMessageOf(ChatRef chat, String senderId) {
        return store.lastMessageOf(chat, senderId);
    }

    @Override
    public synchronized void recordActual(ActualCount actual) {
        try {
            store.recordActual(actual);
        } finally {
            actuals.remove(actual.date());
        }
    }

    @Override
    public synchronized List<ActualCount> actuals(LocalDate day) {
        return actuals.computeIfAbsent(day, d -> List.copyOf(store.actuals(d)));
    }
}
