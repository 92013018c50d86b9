package org.receptionbot.ledger;

import java.util.Optional;

/**
 * Moves issues along their loop: acknowledged, then resolved, by a coordinator; each step is kept
 * under its message so that the coordinator's 撤销 can take it back.
 */
public final class IssueLoop {
    private final IssueBook issues;

    public IssueLoop(IssueBook issues) {
        this.issues = issues;
    }

    /** @param messageRef {@link Source#messageRef()} of the message that acknowledges it */
    public Outcome acknowledge(int number, IssueTicket.Step by, String messageRef) {
        Optional<IssueTicket> found = issues.find(number);
        if (found.isEmpty()) return new Outcome.NotFound(number);
        IssueTicket t = found.get();
        if (!t.pending()) return new Outcome.Closed(t);
        // a second acknowledgement with a note updates the note; without one it changes nothing
        IssueTicket moved = t.acknowledged() == null || by.note() != null ? t.acknowledge(by) : t;
        return moved(t, moved, messageRef);
    }

    /** @param messageRef {@link Source#messageRef()} of the message that resolves it */
    public Outcome resolve(int number, IssueTicket.Step by, String resolution, String messageRef) {
        Optional<IssueTicket> found = issues.find(number);
        if (found.isEmpty()) return new Outcome.NotFound(number);
        IssueTicket t = found.get();
        if (!t.pending()) return new Outcome.Closed(t);
        return moved(t, t.resolve(by, resolution), messageRef);
    }

    /**
     * Takes back the step this message made, when the issue still stands where it left it; empty
     * when the message made no step.
     */
    public Optional<Undo> takeBack(String messageRef) {
        Optional<IssueStep> kept = issues.step(messageRef);
        if (kept.isEmpty()) return Optional.empty();
        IssueStep step = kept.get();
        IssueTicket now = issues.find(step.after().number()).orElse(step.after());
        if (!step.stands(now)) return Optional.of(new Undo.NotUndone(step, now));
        IssueTicket restored = step.undo(now);
        issues.save(restored);
        return Optional.of(new Undo.TakenBack(step, restored));
    }

    /** The open issue this entry reported (not one it followed up), if any. */
    public Optional<IssueTicket> reportedIn(Entry e) {
        return issues.findByEntry(e.id()).filter(t -> e.id().equals(t.entryId()) && !t.withdrawn());
    }

    /** Whether this message made a step on an issue. */
    public boolean isStep(String messageRef) {
        return issues.step(messageRef).isPresent();
    }

    private Outcome moved(IssueTicket was, IssueTicket moved, String messageRef) {
        issues.save(moved);
        if (!moved.equals(was)) issues.saveStep(new IssueStep(messageRef, was, moved));
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

    /** What taking back a step did. */
    public sealed interface Undo {
        /** The issue is back where it was before the step. */
        record TakenBack(IssueStep step, IssueTicket ticket) implements Undo {}

        /** The issue has moved on since the step (or the step was taken back already); nothing changed. */
        record NotUndone(IssueStep step, IssueTicket ticket) implements Undo {}
    }
}
