package org.receptionbot.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.receptionbot.event.Event;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * What an undo gives back: a message that took the place of earlier messages' records (a correction of
 * a figure, a known movement moved to another hour, a later report completing an earlier one) is undone
 * with those records put back as they were, not with them lost.
 */
public final class Reinstatement {
    /** Between the key of a message whose records were put back and the key of the undo that put them back. */
    static final String REINSTATED = "@reinstated:";

    private final Event event;
    private final Ledger ledger;
    private final Recorder recorder;
    private final Settlement settlement;

    public Reinstatement(Event event, Ledger ledger, Recorder recorder) {
        this.event = event;
        this.ledger = ledger;
        this.recorder = recorder;
        this.settlement = new Settlement(event);
    }

    /**
     * The entries of other messages that the message {@code messageRef} withdrew and that are still
     * withdrawn by it; its own earlier versions (an edit) are not among them.
     */
    public List<Entry> replacedBy(String messageRef) {
        return withdrawn((w, e) -> w.by().messageRef().equals(messageRef)
                && !e.source().messageRef().equals(messageRef));
    }

    /**
     * The entries in force of the message {@code messageRef} that a later message, the version
     * {@code messageKey}, recorded in its place (a correction of its figure, "不对，是29人", a figure
     * corrected in answer to a confirm prompt); empty when it recorded no version of it. The caller
     * names a later message than {@code messageRef}: a message's own first version is not a version by another.
     */
    public List<Entry> versionBy(String messageRef, String messageKey) {
        return ledger.activeEntriesOf(messageRef).stream()
                .filter(e -> e.source().messageKey().equals(messageKey))
                .toList();
    }

    /** The entries that the message version {@code messageKey} withdrew, of any message, its own earlier versions too. */
    public List<Entry> withdrawnBy(String messageKey) {
        return withdrawn((w, e) -> w.by().messageKey().equals(messageKey));
    }

    /** Whether the message version {@code messageKey} recorded anything, in force or taken back since. */
    public boolean recordedAny(String messageKey) {
        for (LocalDate d = event.start().minusDays(1); !d.isAfter(event.end().plusDays(1)); d = d.plusDays(1))
            if (ledger.day(d).entries().stream()
                    .anyMatch(e -> e.source().messageKey().equals(messageKey))) return true;
        return false;
    }

    private List<Entry> withdrawn(BiPredicate<Withdrawal, Entry> which) {
        List<Entry> found = new ArrayList<>();
        for (LocalDate d = event.start().minusDays(1); !d.isAfter(event.end().plusDays(1)); d = d.plusDays(1)) {
            DayLog log = ledger.day(d);
            for (Entry e : log.entries()) {
                Withdrawal w = log.withdrawn().get(e.id());
                if (w != null && which.test(w, e)) found.add(e);
            }
        }
        return found;
    }

    /**
     * Puts these entries back under their own messages (so that those can still be undone), except the
     * meal records of servings begun by {@code at}, whose figure stands, and issues, which keep their own loop.
     *
     * @param undo the key of the undo's message, which makes the reinstatement happen once
     * @return the records put back
     */
    public List<Record> reinstate(List<Entry> replaced, String undo, Instant at) {
        Map<Source, List<Record>> byMessage = new LinkedHashMap<>();
        for (Entry e : replaced) {
            if (e.record() instanceof Issue || settlement.settled(e.record(), at)) continue;
            byMessage.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(e.record());
        }
        List<Record> back = new ArrayList<>();
        byMessage.forEach((s, records) -> {
            Source again = new Source(
                    s.messageKey() + REINSTATED + undo,
                    s.chat(),
                    s.messageId(),
                    s.senderId(),
                    s.senderName(),
                    s.at(),
                    s.known());
            back.addAll(recorder.apply(again, records).entries().stream()
                    .map(Entry::record)
                    .toList());
        });
        return back;
    }
}
