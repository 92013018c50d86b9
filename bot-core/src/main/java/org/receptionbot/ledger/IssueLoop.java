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

    /** The issue of that number, if there is one. */
    public Optional<IssueTicket> find(int number) {
        return issues.find(number);
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
     * Closes issue {@code from} as the same matter as {@code into} (resolved "同7号问题，已并入#7"), its report and
     * follow-ups carried over to {@code into} as follow-ups, in the order said; kept as a step of {@code from} under
     * its message, so that 撤销 reopens it and takes the carried notes back.
     *
     * @param messageRef {@link Source#messageRef()} of the message that merges them
     */
    public Outcome merge(int from, int into, IssueTicket.Step by, String messageRef) {
        if (from == into) throw new IllegalArgumentException("an issue merged into itself: " + from);
        Optional<IssueTicket> later = issues.find(from);
        Optional<IssueTicket> kept = issues.find(into);
        if (later.isEmpty()) return new Outcome.NotFound(from);
        if (kept.isEmpty()) return new Outcome.NotFound(into);
        if (!later.get().pending()) return new Outcome.Closed(later.get());
        if (kept.get().withdrawn()) return new Outcome.Closed(kept.get());
        IssueTicket t = later.get();
        issues.save(kept.get().carrying(t));
        return moved(t, t.resolve(by, "同" + into + "号问题，已并入#" + into), messageRef);
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
        if (step.resolved())
            issues.all().stream()
                    .filter(o -> o.carries(restored.number()))
                    .forEach(o -> issues.save(o.withoutCarried(restored.number())));
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
