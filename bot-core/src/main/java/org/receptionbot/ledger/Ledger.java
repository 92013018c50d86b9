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
 * <p>Implementations must be safe for concurrent callers; each method is atomic on its own. The
 * core calls {@link #markApplied} before appending a message's entries, so a message is applied
 * once even when delivered twice.
 */
public interface Ledger {

    /**
     * Marks a message version as applied.
     *
     * @param messageKey {@link Source#messageKey()}
     * @return true the first time for this key, false ever after (an atomic set-if-absent)
     */
    boolean markApplied(String messageKey);

    /**
     * Appends entries, each to the log of its {@link Entry#day()}, in the given order; indexes them
     * by {@link Source#messageRef()}; and remembers their message as the last one with records of
     * its sender in its chat (see {@link #lastMessageOf}). All entries come from one message.
     */
    void append(List<Entry> entries);

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
