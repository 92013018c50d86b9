package org.receptionbot.ledger;

import java.util.Optional;

/** Moves issues along their loop: acknowledged, then resolved, by a coordinator. */
public final class IssueLoop {
    private final IssueBook issues;

    public IssueLoop(IssueBook issues) {
        this.issues = issues;
    }

    public Outcome acknowledge(int number, IssueTicket.Step by) {
        Optional<IssueTicket> found = issues.find(number);
        if (found.isEmpty()) return new Outcome.NotFound(number);
        IssueTicket t = found.get();
        if (!t.pending()) return new Outcome.Closed(t);
        // a second acknowledgement with a note updates the note; without one it changes nothing
        IssueTicket moved = t.acknowledged() == null || by.note() != null ? t.acknowledge(by) : t;
        issues.save(moved);
        return new Outcome.Moved(moved);
    }

    public Outcome resolve(int number, IssueTicket.Step by, String resolution) {
        Optional<IssueTicket> found = issues.find(number);
        if (found.isEmpty()) return new Outcome.NotFound(number);
        IssueTicket t = found.get();
        if (!t.pending()) return new Outcome.Closed(t);
        IssueTicket moved = t.resolve(by, resolution);
        issues.save(moved);
        return new Outcome.Moved(moved);
    }

    /** What a step did. */
    public sealed interface Outcome {
        /** The ticket after the step. */
        record Moved(IssueTicket ticket) implements Outcome {}

        /** No issue has this number. */
        record NotFound(int number) implements Outcome {}

        /** The issue was already resolved or withdrawn; nothing changed. */
        record Closed(IssueTicket ticket) implements Outcome {}
    }
}
