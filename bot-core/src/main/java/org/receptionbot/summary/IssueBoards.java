package org.receptionbot.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;

/** The issues still waiting (open or acknowledged), oldest first, old ones flagged; and those resolved on given days. */
public final class IssueBoards {
    private final Event event;
    private final IssueBook issues;
    private final Duration oldAfter;

    /** @param oldAfter how long an issue may wait before summaries flag it (e.g. 2 hours) */
    public IssueBoards(Event event, IssueBook issues, Duration oldAfter) {
        this.event = event;
        this.issues = issues;
        this.oldAfter = oldAfter;
    }

    public List<IssueLine> pending(Instant now) {
        return issues.all().stream()
                .filter(IssueTicket::pending)
                .map(t -> line(t, now))
                .toList();
    }

    /**
     * The issues resolved on the days from {@code from} to {@code to} (in the event's time zone), in
     * the order they were reported; each line's age is how long it took to resolve, none flagged.
     */
    public List<IssueLine> resolved(LocalDate from, LocalDate to) {
        return issues.all().stream()
                .filter(t -> t.state() == IssueTicket.State.RESOLVED)
                .filter(t -> {
                    LocalDate day = LocalDate.ofInstant(t.resolved().at(), event.zone());
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .map(t -> new IssueLine(
                        t,
                        delegation(t),
                        Duration.between(t.reported().at(), t.resolved().at()),
                        false))
                .toList();
    }

    private Delegation delegation(IssueTicket t) {
        return t.issue().delegation() == null
                ? null
                : event.delegation(t.issue().delegation()).orElse(null);
    }

    private IssueLine line(IssueTicket t, Instant now) {
        Duration age = t.age(now);
        // said fixed, it waits only for a coordinator's closing: not flagged as late help
        return new IssueLine(t, delegation(t), age, t.saidFixed() == null && age.compareTo(oldAfter) > 0);
    }
}
