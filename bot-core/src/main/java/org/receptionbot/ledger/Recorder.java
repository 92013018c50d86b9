package org.receptionbot.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * Applies records to the ledger with their history, once per message version, and takes them
 * back. Issues get their short number here, or join the pending issue they follow up ({@link IssueFiling}).
 */
public final class Recorder {
    private final Event event;
    private final Ledger ledger;
    private final IssueFiling filing;
    private final Settlement settlement;

    public Recorder(Event event, Ledger ledger, IssueBook issues) {
        this.event = event;
        this.settlement = new Settlement(event);
        this.ledger = ledger;
        this.filing = new IssueFiling(issues);
    }

    /**
     * Applies the records of one message version. When its key was applied before, nothing changes
     * and the result says so.
     */
    public Applied apply(Source source, List<Record> records) {
        return apply(source, records, List.of());
    }

    /**
     * Applies the records of one message version recorded in place of {@code replaced} (an edit, a
     * correction, a confirmation): a departure among them stays the one it replaces, and a meal
     * cancelled for its leavers stays theirs ({@link MovementLinks}).
     */
    public Applied apply(Source source, List<Record> records, List<Entry> replaced) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            entries.add(new Entry(source.messageKey() + "#" + i, dayOf(r, source), r, source, late(r, source)));
        }
        entries = MovementLinks.link(entries, replaced);
        if (!ledger.append(source.messageKey(), entries)) {
            List<Entry> kept = keptOf(source);
            filing.fileMissing(kept);
            return new Applied(kept, List.of(), List.of(), true);
        }
        IssueFiling.Filed filed = filing.file(entries);
        return new Applied(entries, filed.opened(), filed.followed(), false);
    }

    /** The entries still in force of this message version, applied before. */
    private List<Entry> keptOf(Source source) {
        String version = source.messageKey() + "#";
        return ledger.activeEntriesOf(source.messageRef()).stream()
                .filter(e -> e.id().startsWith(version))
                .toList();
    }

    /**
     * Takes back the entries still in force of a message (all its versions), except the meal
     * records of servings begun at {@code by}'s time, which stand ({@link Settlement}), and issues
     * a coordinator has acknowledged or resolved, which stay theirs ({@link #handled}).
     *
     * @return the entries taken back
     */
    public List<Entry> withdraw(String messageRef, Source by) {
        return withdraw(ledger.activeEntriesOf(messageRef), by);
    }

    /** Takes back these entries of an earlier message (a later report completes them), as an undo would. */
    public List<Entry> withdraw(List<Entry> earlier, Source by) {
        List<Entry> entries = earlier.stream()
                .filter(e ->
                        !settlement.settled(e.record(), by.at()) && handled(e).isEmpty())
                .toList();
        if (entries.isEmpty()) return entries;
        ledger.withdraw(entries.stream().map(e -> new Withdrawal(e.id(), by)).toList());
        entries.forEach(filing::withdraw);
        return entries;
    }

    /**
     * The issue this entry reported when a coordinator has acknowledged or resolved it: an undo leaves
     * it standing. A follow-up of an issue is taken back from it by an undo.
     */
    public Optional<IssueTicket> handled(Entry e) {
        return filing.handled(e);
    }

    /** True when a change to this meal record at this time is after the meal's count deadline. */
    public boolean late(Record r, Source source) {
        if (!(r instanceof MealRecord m)) return false;
        LocalDateTime at = LocalDateTime.ofInstant(source.at(), event.zone());
        return event.meal(m.meal())
                .map(meal -> !at.isBefore(meal.deadlineFor(m.date())))
                .orElse(false);
    }

    private LocalDate dayOf(Record r, Source source) {
        if (r instanceof MealRecord m) return m.date();
        if (r instanceof Movement m) return m.date();
        LocalDate sent = LocalDate.ofInstant(source.at(), event.zone());
        if (r instanceof Visit v) return visitDay(sent, v.route());
        if (r instanceof VisitChange c) return visitDay(sent, c.to() != null ? c.to() : c.from());
        return sent;
    }

    /**
     * A visit entry is filed under its route's date, where the route's ledger reads it. With no
     * known route (a drop-out that names none), under the first visit day on or after the day sent.
     */
    private LocalDate visitDay(LocalDate sent, String route) {
        if (route != null) {
            var known = event.route(route);
            if (known.isPresent()) return known.get().date();
        }
        return event.visits().stream()
                .map(VisitRoute::date)
                .filter(d -> !d.isBefore(sent))
                .min(LocalDate::compareTo)
                .orElse(sent);
    }

    /**
     * What applying a message did.
     *
     * @param entries the entries it added; when repeated, those of the earlier application still in force
     * @param tickets issues opened by it
     * @param followed pending issues it followed up, as they are now (their latest follow-up is its)
     * @param repeated true when this message version had been applied before (nothing changed)
     */
    public record Applied(
            List<Entry> entries, List<IssueTicket> tickets, List<IssueTicket> followed, boolean repeated) {}
}
