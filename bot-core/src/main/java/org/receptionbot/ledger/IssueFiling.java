package org.receptionbot.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.record.Issue;

/**
 * Files the issues of ledger entries: each opens a ticket with its short number, or is added to the
 * pending issue it follows up ({@link FollowedIssues}); an entry taken back withdraws its ticket or
 * leaves the issue it followed up.
 */
final class IssueFiling {
    private final IssueBook issues;

    IssueFiling(IssueBook issues) {
        this.issues = issues;
    }

    /** Files the issues of one message's entries. */
    Filed file(List<Entry> entries) {
        List<IssueTicket> opened = new ArrayList<>();
        List<IssueTicket> followed = new ArrayList<>();
        if (entries.stream().noneMatch(e -> e.record() instanceof Issue)) return new Filed(opened, followed);
        List<IssueTicket> earlier = issues.all();
        for (Entry e : entries) {
            if (!(e.record() instanceof Issue issue)) continue;
            IssueTicket t = file(issue, e, earlier);
            (e.id().equals(t.entryId()) ? opened : followed).add(t);
        }
        return new Filed(opened, followed);
    }

    /** Files the issues of entries applied before the process stopped that were not filed then. */
    void fileMissing(List<Entry> kept) {
        for (Entry e : kept) {
            if (e.record() instanceof Issue issue && issues.findByEntry(e.id()).isEmpty()) file(issue, e, issues.all());
        }
    }

    /** The entry is taken back: its own issue is withdrawn; a follow-up leaves the issue it followed. */
    void withdraw(Entry e) {
        issues.findByEntry(e.id())
                .ifPresent(t -> issues.save(e.id().equals(t.entryId()) ? t.withdraw() : t.without(e.id())));
    }

    /** The issue this entry reported, when a coordinator has acknowledged or resolved it. */
    Optional<IssueTicket> handled(Entry e) {
        return issues.findByEntry(e.id())
                .filter(t -> e.id().equals(t.entryId()))
                .filter(t -> !t.withdrawn() && (t.acknowledged() != null || t.resolved() != null));
    }

    private IssueTicket file(Issue issue, Entry e, List<IssueTicket> earlier) {
        Optional<IssueTicket> followed = FollowedIssues.of(issue, e.source(), earlier);
        IssueTicket t = followed.isPresent()
                ? followed.get().follow(new IssueTicket.FollowUp(e.id(), issue, e.source()))
                : IssueTicket.open(issues.nextNumber(), issue, e.id(), e.source());
        issues.save(t);
        return t;
    }

    /** What filing a message did: the tickets it opened, and the pending ones it followed up as they are now. */
    record Filed(List<IssueTicket> opened, List<IssueTicket> followed) {}
}
