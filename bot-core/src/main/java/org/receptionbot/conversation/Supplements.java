package org.receptionbot.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Movement;

/**
 * A movement report that completes an earlier one ("8个人下午先走", then "8个人下午3点走 坐G1234"):
 * same delegation, date, direction and count, the earlier one lacking the time or transport the new
 * one gives and nothing contradicting. It replaces the earlier entry instead of adding a second group.
 * A report the parser marks as a further group ({@link ParseOutcome.Understood#further()}: 又, 另外 …)
 * completes nothing.
 */
final class Supplements {
    private final Ledger ledger;

    Supplements(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The earlier entry this message completes, if it holds exactly one movement that does. */
    Optional<Entry> completed(ParseOutcome outcome) {
        if (!(outcome instanceof ParseOutcome.Understood u) || u.records().size() != 1) return Optional.empty();
        if (!(u.records().get(0) instanceof Movement m) || u.further()) return Optional.empty();
        List<Entry> matches = ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Movement old && completes(m, old))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** What the new report adds, e.g. "离开时间补充为15:00（G1234），仍为8人". */
    static String change(Entry earlier, ParseOutcome outcome) {
        Movement old = (Movement) earlier.record();
        Movement now = (Movement) outcome.records().get(0);
        String dir = now instanceof org.receptionbot.record.Arrival ? "抵达" : "离开";
        String time = old.time() == null ? dir + "时间补充为" + now.time() : dir + "时间" + now.time();
        String train = old.transport() == null && now.transport() != null ? "（" + now.transport() + "）" : "";
        String who = now.count() == null ? "仍为全团" : "仍为" + now.count() + "人";
        if (old.time() != null || now.time() == null) time = "车次/航班补充";
        return time + train + "，" + who;
    }

    static boolean completes(Movement now, Movement old) {
        if (now.getClass() != old.getClass()) return false;
        if (now.delegation() == null || !now.delegation().equals(old.delegation())) return false;
        if (!now.date().equals(old.date()) || !Objects.equals(now.count(), old.count())) return false;
        boolean timeAdded = old.time() == null && now.time() != null;
        boolean transportAdded = old.transport() == null && now.transport() != null;
        boolean timeAgrees = old.time() == null || old.time().equals(now.time());
        boolean transportAgrees = old.transport() == null || old.transport().equals(now.transport());
        return (timeAdded || transportAdded) && timeAgrees && transportAgrees;
    }
}
