package org.receptionbot.app.parse;

import java.util.List;
import org.receptionbot.record.Record;

/** The answer to one input line: what was read and asked, or why the line could not be read. */
sealed interface Result {
    CaseId id();

    /** The records read with confidence and the questions the bot would ask (both may be empty). */
    record Read(CaseId id, List<Record> records, List<Ask> asks) implements Result {}

    /** A line that is not a usable case; {@code error} starts with its line number. */
    record Failed(CaseId id, String error) implements Result {}
}
