package org.receptionbot.ledger;

import org.receptionbot.record.Record;

/**
 * A record held back until its sender confirms it: not in the ledger, shown beside the figures
 * as 待确认.
 *
 * @param source the message it was read from (who reported it, and when)
 */
public record HeldFigure(Record record, Source source) {}
