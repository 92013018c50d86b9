package org.receptionbot.app.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.conversation.Checks;
import org.receptionbot.event.Event;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;

/**
 * What the bot would ask the sender before recording, as the contract's {@code ask} entry.
 *
 * @param missing a {@link Gap.Field} name, or {@code CONFIRM} for a figure far from the delegation's size
 * @param statement the words the question is about
 */
record Ask(String missing, String statement) {
    static final String CONFIRM = "CONFIRM";

    /**
     * The records the parse mode gives: those read with confidence, then each record a coordinator
     * sent without naming a delegation, with {@code delegation: null} (the contract's rule; its
     * question is in {@link #of}). In the chat the bot keeps such a draft until the sender answers.
     */
    static List<Record> records(ParseOutcome outcome) {
        return outcome.contractRecords();
    }

    /**
     * Every question the bot would ask about {@code text}, once each, in the order the bot meets
     * them: the parser's gaps, then records with no delegation, then absurd figures. Talk gives none.
     */
    static List<Ask> of(Event event, ParseOutcome outcome, String text) {
        if (outcome instanceof ParseOutcome.NothingToRecord) return List.of();
        Set<Ask> asks = new LinkedHashSet<>();
        if (outcome instanceof ParseOutcome.Incomplete incomplete) {
            for (Gap g : incomplete.gaps())
                asks.add(new Ask(
                        g.missing().name(),
                        g.statement() == null ? text.strip() : g.statement().strip()));
        }
        for (Record r : outcome.records()) {
            if (Checks.needsDelegation(r)) asks.add(new Ask(Gap.Field.DELEGATION.name(), text.strip()));
            else if (r.delegation() != null && Checks.absurd(event, r)) asks.add(new Ask(CONFIRM, text.strip()));
        }
        return List.copyOf(asks);
    }
}
