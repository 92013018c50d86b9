package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.KeptFood;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.Record;

/**
 * Portions asked to be kept for people who come later ("有两个还在比赛 给他们留两份饭", "留3份饭", "给没回来的5个留饭"): a
 * request to the caterer beside the meal's figures, filed as a meal matter (an issue of {@link IssueCategory#MEAL}, told to the
 * coordinators) with the message as its text, whether or not the figures beside it can still be recorded (a
 * served meal's count is not changed, but the portions are still asked for). A message whose records already
 * file a meal matter is left as it is. What a request to keep portions is, is {@link KeptFood}'s table.
 */
final class KeptPortions {
    private KeptPortions() {}

    /** The outcome with the request to keep portions as a meal matter of the delegation its figures are for. */
    static ParseOutcome read(ParseOutcome read, String text, String senderDelegation) {
        boolean plain = read instanceof ParseOutcome.Understood
                || read instanceof ParseOutcome.Incomplete
                || read instanceof ParseOutcome.NothingToRecord;
        if (!plain || !KeptFood.asked(text)) return read;
        if (read.records().stream().anyMatch(r -> r instanceof Issue i && i.category() == IssueCategory.MEAL))
            return read;
        String delegation = read.records().stream()
                .map(Record::delegation)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(senderDelegation);
        if (delegation == null) return read;
        List<Record> records = new ArrayList<>(read.records());
        records.add(new Issue(IssueCategory.MEAL, delegation, text.strip()));
        // A request to keep portions with nothing else to record is a record of its own.
        if (read instanceof ParseOutcome.NothingToRecord)
            return new ParseOutcome.Understood(records, false, read.saidNow());
        return read.withRecords(records);
    }
}
