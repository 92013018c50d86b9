package org.receptionbot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Settlement;
import org.receptionbot.record.Record;
import org.receptionbot.summary.SettledText;

/**
 * {@link Settlement} applied to a message: what it may still change, and what is said of the
 * served meals it would have changed.
 */
final class ServedMeals {
    private final Settlement settlement;
    private final SettledText texts;

    ServedMeals(Event event, Ledger ledger) {
        this.settlement = new Settlement(event);
        this.texts = new SettledText(event, ledger);
    }

    /**
     * What a message may change at {@code now}.
     *
     * @param open its records that may be recorded
     * @param replacing the entries of its earlier version that may be taken back
     * @param said the lines on the served meals' reports it leaves as they stand; empty when none
     * @param refused its records not recorded because their meal is being served
     */
    record Split(List<Record> open, List<Entry> replacing, Optional<String> said, List<Record> refused) {
        boolean nothingToApply() {
            return open.isEmpty() && replacing.isEmpty();
        }
    }

    /**
     * Splits the records of a message, and those of its earlier version it replaces (an edit); {@code registers}:
     * the sender registers actual diners (a coordinator), see {@link SettledText#said}.
     */
    Split split(List<Record> records, List<Entry> replaced, Instant now, boolean registers) {
        List<Record> refused =
                records.stream().filter(r -> settlement.settled(r, now)).toList();
        List<Record> kept = replaced.stream()
                .map(Entry::record)
                .filter(r -> settlement.settled(r, now))
                .toList();
        return new Split(
                records.stream().filter(r -> !settlement.settled(r, now)).toList(),
                replaced.stream()
                        .filter(e -> !settlement.settled(e.record(), now))
                        .toList(),
                texts.said(refused, kept, now, registers),
                refused);
    }

    /** The records that stand at {@code now}: reports of a meal being served. */
    Predicate<Record> standing(Instant now) {
        return r -> settlement.settled(r, now);
    }

    /** The lines on the entries of a message that a deletion leaves standing; empty when none. */
    Optional<String> kept(List<Entry> had, Instant now, boolean registers) {
        return split(List.of(), had, now, registers).said();
    }
}
