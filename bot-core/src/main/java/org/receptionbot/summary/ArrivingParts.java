package org.receptionbot.summary;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.BiPredicate;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Arrival;

/**
 * Who of a delegation arriving in parts a pickup's count should find: its size less the parts of it said arrived that
 * day before the count ("云南先到5个人" at 09:11, then "4号车接到云南的处长了 1位" at 22:20 expects 1), and less the parts
 * said due later that day ("重庆分两批 先到30个 三点一刻到 剩下14个晚上9点到", then "8号车接到重庆第一批 实到30人" at 15:25
 * expects 30).
 */
final class ArrivingParts {
    private final Event event;
    private final Ledger ledger;

    ArrivingParts(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** What a count of {@code d} (recorded as {@code count}) should find, parts arrived before and due later set aside. */
    Integer stillToCome(Delegation d, Entry count) {
        if (d == null) return null;
        return onThisRide(d, count, d.size() - parts(d, count, (said, due) -> !said.isBefore(due)));
    }

    /**
     * What a count of {@code d} on its own bus should find ({@code whole}: all of it), parts due later set aside: the
     * rest of the team said due later that day without a figure ("云南3个领导下午4点到 其他人晚上7点到") is its size less
     * the parts of that day with one.
     */
    Integer onThisRide(Delegation d, Entry count, Integer whole) {
        if (d == null || whole == null) return whole;
        int later = parts(d, count, (said, due) -> due.isAfter(at(count)));
        if (restLater(d, count)) later = d.size() - parts(d, count, (said, due) -> true);
        return later > 0 && later < whole ? whole - later : whole;
    }

    /** Whether the rest of {@code d} (an arrival with no figure) is said due on the count's day after it, beside parts. */
    private boolean restLater(Delegation d, Entry count) {
        return parts(d, count, (said, due) -> true) > 0
                && ledger.activeMovements().stream()
                        .anyMatch(m -> m.record() instanceof Arrival a
                                && d.id().equals(a.delegation())
                                && a.count() == null
                                && a.date().equals(count.day())
                                && a.time() != null
                                && m.source().at().isBefore(count.source().at())
                                && a.date().atTime(a.time()).isAfter(at(count)));
    }

    /**
     * The people of {@code d}'s timed parts arriving on the count's day, said before it, whose time {@code fits} (given
     * when the part was said and when it is due).
     */
    private int parts(Delegation d, Entry count, BiPredicate<LocalDateTime, LocalDateTime> fits) {
        int sum = ledger.activeMovements().stream()
                .filter(m -> m.record() instanceof Arrival a
                        && d.id().equals(a.delegation())
                        && a.count() != null
                        && a.count() < d.size()
                        && a.date().equals(count.day())
                        && a.time() != null
                        && m.source().at().isBefore(count.source().at())
                        && fits.test(at(m), a.date().atTime(a.time())))
                .mapToInt(m -> ((Arrival) m.record()).count())
                .sum();
        return sum < d.size() ? sum : 0;
    }

    private LocalDateTime at(Entry e) {
        return LocalDateTime.ofInstant(e.source().at(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
    }
}
