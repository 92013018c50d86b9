package org.receptionbot.ledger;

import org.receptionbot.record.Record;

/**
 * A record held back until its sender confirms it or answers a question about it: not in the ledger, shown beside the figures
 * as 待确认.
 *
 * @param source the message it was read from (who reported it, and when)
 * @param question what the sender is asked, in a few words ("按已报还是按原计划"); null when a 确认
 */
public record HeldFigure(Record record, Source source, String question) {

    /** A record waiting for its sender's 确认. */
    public HeldFigure(Record record, Source source) {
        this(record, source, null);
    }

    /** What the sender is waited for, after 待其 or 请其: "确认", or the question's words. */
    public String awaited() {
        return question == null ? "确认" : question;
    }
}
