package org.receptionbot.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the ledger holds for one day: the entries in the order they were appended, and the
 * withdrawals of any of them.
 *
 * @param withdrawn withdrawals by entry id
 */
public record DayLog(LocalDate day, List<Entry> entries, Map<String, Withdrawal> withdrawn) {

    public DayLog {
        entries = List.copyOf(entries);
        withdrawn = Map.copyOf(withdrawn);
    }

    /** The entries still in force, in the order they were appended. */
    public List<Entry> active() {
        if (withdrawn.isEmpty()) return entries;
        return entries.stream().filter(e -> !withdrawn.containsKey(e.id())).toList();
    }
}
