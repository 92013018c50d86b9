package org.receptionbot.ledger;

import org.receptionbot.ledger.IssueTicket.FollowUp;
import org.receptionbot.record.Issue;

/**
 * A resolved issue said again as still wrong ("1510那间还是没打扫" after "1号问题处理好了") is open again: the follow-up
 * said after its resolution (neither a word that it is fixed nor notes merged from another issue) reopens it, until a
 * coordinator resolves it again. Taking that message back leaves the issue resolved as it was.
 */
final class Reopening {
    private Reopening() {}

    /** The follow-up that reopened {@code t} since its resolution, or null. */
    static FollowUp of(IssueTicket t) {
        if (t.withdrawn() || t.resolved() == null) return null;
        for (FollowUp f : t.followUps()) {
            if (f.source().at().isAfter(t.resolved().at())
                    && f.issue().said() == Issue.Said.STILL
                    && !MergedNotes.carried(f)
                    && !FixedSaid.said(f.issue().text())) return f;
        }
        return null;
    }

    /** The state of {@code t} reopened by {@code again}: acknowledged only by a step taken since. */
    static IssueTicket.State state(IssueTicket t, FollowUp again) {
        IssueTicket.Step ack = t.acknowledged();
        return ack != null && ack.at().isAfter(again.source().at())
                ? IssueTicket.State.ACKNOWLEDGED
                : IssueTicket.State.OPEN;
    }
}
