package org.receptionbot.parse;

import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * "另外10个人25号下午3点走", "又有5个明天走": a message whose movement is said as a further group
 * ({@link Lexicon#FURTHER}) is marked so, so that it is recorded beside an earlier report instead of
 * completing it.
 */
final class FurtherGroup {
    private FurtherGroup() {}

    static ParseOutcome mark(ParseOutcome outcome, String text) {
        if (!(outcome instanceof ParseOutcome.Understood u) || u.further() || !says(text)) return outcome;
        for (Record r : u.records()) if (r instanceof Movement) return new ParseOutcome.Understood(u.records(), true);
        return outcome;
    }

    private static boolean says(String text) {
        for (String w : Lexicon.FURTHER) if (text.contains(w)) return true;
        return false;
    }
}
