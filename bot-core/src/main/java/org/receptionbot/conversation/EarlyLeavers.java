package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * "云南明早6点走2个人 其余的不变" beside a whole-team departure on record: the few leave earlier and the whole team's
 * departure stays at its own day and time; the answer says so, so that neither is taken for the other
 * ("全团离开仍按原记录：…；这2人先行离开，已另记。").
 */
final class EarlyLeavers {
    private final Ledger ledger;
    private final RecordText texts;

    EarlyLeavers(Event event, Ledger ledger) {
        this.ledger = ledger;
        this.texts = new RecordText(event);
    }

    /** The line for each recorded departure of a few before their delegation's whole-team departure, or empty. */
    Optional<String> note(List<Record> records) {
        List<String> lines = new ArrayList<>();
        for (Record r : records) {
            if (!(r instanceof Departure d) || d.count() == null || d.delegation() == null || d.date() == null)
                continue;
            ledger.activeMovements().stream()
                    .map(e -> e.record())
                    .filter(o -> o instanceof Departure w
                            && d.delegation().equals(w.delegation())
                            && w.count() == null
                            && w.date() != null
                            && !w.date().isBefore(d.date()))
                    .findFirst()
                    .ifPresent(w -> lines.add("全团离开仍按原记录：" + texts.describe(w) + "；这" + d.count() + "人先行离开，已另记。"));
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }
}
