package org.receptionbot.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.ChatRef;

/**
 * The store of applied records. It only stores and returns; the core decides what an entry means
 * and folds a day's entries into boards. Entries are kept by day, so a day's board reads one day's
 * entries (a few thousand at most) and never the whole event.
 *
 * <p>Implementations must be safe for concurrent callers; each method is atomic on its own, so a
 * message version is applied once even when delivered twice, or again after a crash.
 */
public interface Ledger {

    /**
     * Applies one message version: unless it was applied before, marks it applied and appends its
     * entries, each to the log of its {@link Entry#day()}, in the given order; indexes them by
     * {@link Source#messageRef()}; and remembers their message as the last one with records of its
     * sender in its chat (see {@link #lastMessageOf}). One atomic step: after a crash either the
     * mark and every entry are kept, or none of them.
     *
     * @param messageKey {@link Source#messageKey()} of the version all entries come from
     * @return false when this version had been applied before; then nothing changes
     */
    boolean append(String messageKey, List<Entry> entries);

    /** Records withdrawals; an entry withdrawn twice keeps its first withdrawal. */
    void withdraw(List<Withdrawal> withdrawals);

    /** The day's entries in append order with the withdrawals among them; empty when none. */
    DayLog day(LocalDate day);

    /**
     * The entries of all versions of a message that are still in force, in append order.
     *
     * @param messageRef {@link Source#messageRef()}
     */
    List<Entry> activeEntriesOf(String messageRef);

    /** The {@link Source#messageRef()} of the last message of this sender in this chat that had entries. */
    Optional<String> lastMessageOf(ChatRef chat, String senderId);

    /**
     * The entries in force whose record is a {@link org.receptionbot.record.Movement}, of every day,
     * in append order: arrivals and departures change who eats on other days than their own, so
     * the core reads them all (a few per delegation).
     */
    List<Entry> activeMovements();

    /** Records a venue's actual diners; a later count for the same date, meal and venue replaces it. */
    void recordActual(ActualCount actual);

    /** The actual counts reported for a day, at most one per (meal, venue). */
    List<ActualCount> actuals(LocalDate day);
}
