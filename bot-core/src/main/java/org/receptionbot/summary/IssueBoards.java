package org.receptionbot.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;

/** The issues still waiting (open or acknowledged), oldest first, old ones flagged. */
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

    private IssueLine line(IssueTicket t, Instant now) {
        Duration age = t.age(now);
        var delegation = t.issue().delegation() == null
                ? null
                : event.delegation(t.issue().delegation()).orElse(null);
        return new IssueLine(t, delegation, age, age.compareTo(oldAfter) > 0);
    }
}
