package org.receptionbot.ledger;

import java.util.Objects;

/**
 * A coordinator's step on an issue ({@code /ack}, {@code /done}, or the same in words), kept under
 * the message that made it so that 撤销 can take it back.
 *
 * @param messageRef {@link Source#messageRef()} of the coordinator's message
 * @param before the ticket as it stood before the step
 * @param after the ticket as the step left it
 */
public record IssueStep(String messageRef, IssueTicket before, IssueTicket after) {

    public IssueStep {
        Objects.requireNonNull(messageRef, "messageRef");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.number() != after.number())
            throw new IllegalArgumentException(
                    "before and after are different issues: " + before.number() + ", " + after.number());
    }

    /** Whether this step resolved the issue (else it acknowledged it). */
    public boolean resolved() {
        return after.resolved() != null;
    }

    /** Whether {@code now} still stands where this step left it. */
    public boolean stands(IssueTicket now) {
        return sameLoop(now, after);
    }

    /** Whether {@code now} stands where the issue was before this step (it was taken back). */
    public boolean takenBack(IssueTicket now) {
        return sameLoop(now, before);
    }

    /** {@code now} returned to where it was before this step; what was said since stays. */
    public IssueTicket undo(IssueTicket now) {
        return new IssueTicket(
                now.number(),
                now.issue(),
                now.entryId(),
                now.reported(),
                before.acknowledged(),
                before.resolved(),
                before.resolution(),
                now.withdrawn(),
                now.followUps());
    }

    private static boolean sameLoop(IssueTicket a, IssueTicket b) {
        return Objects.equals(a.acknowledged(), b.acknowledged())
                && Objects.equals(a.resolved(), b.resolved())
                && Objects.equals(a.resolution(), b.resolution())
                && a.withdrawn() == b.withdrawn();
    }
}
