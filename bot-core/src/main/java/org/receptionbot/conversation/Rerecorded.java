package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Entry;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;

/**
 * A confirmed movement recorded again in place of the entry it confirms: first known when that entry
 * was (so meals served in between keep their figures), and the answer headed by the confirmation line.
 * A refusal or a question comes back as it is.
 */
final class Rerecorded {
    private Rerecorded() {}

    static Answer in(Intake intake, Record done, Entry waiting, Asked asked, String text, String line) {
        return all(intake, List.of(done), waiting == null ? List.of() : List.of(waiting), asked, text, line);
    }

    /** Several confirmed movements recorded again at once, first known when the earliest of their entries was. */
    static Answer all(Intake intake, List<Record> done, List<Entry> waiting, Asked asked, String text, String line) {
        Entry earliest = null;
        for (Entry e : waiting)
            if (earliest == null
                    || e.source().knownAt().isBefore(earliest.source().knownAt())) earliest = e;
        Asked first = earliest == null
                ? asked
                : new Asked(
                        asked.source().knownSince(earliest.source().knownAt()),
                        asked.sender(),
                        asked.replyTo(),
                        asked.today());
        Answer a = intake.take(new ParseOutcome.Understood(done), first, text, waiting);
        if (a.kind() == Reply.Kind.REFUSAL || a.kind() == Reply.Kind.QUESTION) return a;
        String body = Receipts.rerecorded(a.text());
        return new Answer(line + "\n" + body, a.buttons(), a.kind(), a.receipt());
    }
}
