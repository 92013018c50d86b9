package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * "贵州确认 明早十点半出发 比原来提前三个小时": the new hour is what is recorded, the time it moved by only a cross-check
 * against the team's planned departure that day, when no other departure of the team that day is on record. When
 * they disagree the answer says so, for the sender to check.
 */
final class ShiftCrossChecks {
    private final Event event;
    private final Ledger ledger;

    ShiftCrossChecks(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** The line on the one timed departure of {@code records} whose plan moved by the said time is not its hour. */
    Optional<String> note(String text, List<Record> records) {
        Optional<Duration> by = LeaveWords.shift(text);
        if (by.isEmpty()) return Optional.empty();
        List<Departure> timed = records.stream()
                .filter(r -> r instanceof Departure d && d.time() != null && d.delegation() != null)
                .map(Departure.class::cast)
                .toList();
        if (timed.size() != 1) return Optional.empty();
        Departure d = timed.get(0);
        Plan plan = event.delegation(d.delegation()).map(x -> x.departure()).orElse(null);
        if (plan == null || plan.time() == null || !d.date().equals(plan.date()) || movedBefore(d))
            return Optional.empty();
        LocalTime expected = plan.time().plus(by.get());
        if (expected.equals(d.time())) return Optional.empty();
        return Optional.of("请核对：原定" + plan.time() + "按所说" + (by.get().isNegative() ? "提前" : "推迟")
                + amount(by.get().abs()) + "应为" + expected + "，与所报" + d.time() + "不符；已按所报" + d.time() + "记录。");
    }

    /**
     * Another departure of the team that day on record, not the one just recorded at the new hour: the time said moves
     * that one, not the plan.
     */
    private boolean movedBefore(Departure d) {
        return ledger.activeMovements().stream()
                .map(e -> e.record())
                .anyMatch(r -> r instanceof Departure o
                        && !d.time().equals(o.time())
                        && d.delegation().equals(o.delegation())
                        && d.date().equals(o.date()));
    }

    private static String amount(Duration by) {
        long minutes = by.toMinutes();
        if (minutes % 60 == 0) return minutes / 60 + "小时";
        if (minutes == 30) return "半小时";
        return minutes + "分钟";
    }
}
