package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * The recorded movements a report is about: the same direction, delegation and people (the same count,
 * or both the whole delegation), on the same day unless the report points at them ("那10个人", "改成").
 */
final class MovementMatches {
    private static final Pattern POINTS = Pattern.compile("[那这][\\d一二两三四五六七八九十]+(?:个|位|名|人)|改成|改为|改到|推迟|提前|换成");
    private final Event event;
    private final Ledger ledger;

    MovementMatches(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** Whether the sender may report this delegation's movements: its liaison or a coordinator. */
    static boolean mayReport(Movement m, Asked asked) {
        return m.delegation() != null
                && (asked.sender().coordinator()
                        || m.delegation().equals(asked.sender().delegation()));
    }

    /** The one recorded movement of the same people, when exactly one fits. */
    Optional<Entry> same(Movement m, String text) {
        boolean points = POINTS.matcher(text).find();
        List<Entry> fits = ofDelegation(m)
                .filter(e -> samePeople(m, (Movement) e.record()))
                .filter(e -> points || ((Movement) e.record()).date().equals(m.date()))
                .toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : SameGroupOfSeveral.pick(m, text, fits);
    }

    /** The sender's latest recorded movement of that direction for the delegation that {@code fits}. */
    Optional<Entry> ownLast(Movement m, Asked asked, Predicate<Movement> fits) {
        return ofDelegation(m)
                .filter(e -> e.source().senderId().equals(asked.sender().userId()))
                .filter(e -> fits.test((Movement) e.record()))
                .max(Comparator.comparing(e -> e.source().at()));
    }

    /** The one recorded movement of the same people and direction for the delegation on {@code today} or later, if one only. */
    Optional<Entry> onlyAhead(Movement m, LocalDate today) {
        List<Entry> fits = ofDelegation(m)
                .filter(e -> !((Movement) e.record()).date().isBefore(today))
                .filter(e -> samePeople(m, (Movement) e.record()))
                .toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /**
     * The day of the delegation's planned departure, for the whole team's departure {@code m}, when no whole departure
     * of it is recorded and the plan is not yet made at {@code now}: its one departure then ("提前到6点半出发").
     */
    Optional<LocalDate> planAhead(Movement m, Instant now) {
        if (!(m instanceof Departure) || !whole(m)) return Optional.empty();
        if (ofDelegation(m).anyMatch(e -> whole((Movement) e.record()))) return Optional.empty();
        LocalDateTime local = LocalDateTime.ofInstant(now, event.zone());
        return event.delegation(m.delegation())
                .map(Delegation::departure)
                .filter(p -> p.date()
                        .atTime(p.time() == null ? LocalTime.MAX : p.time())
                        .isAfter(local))
                .map(Plan::date);
    }

    /**
     * The same count, both the whole delegation, or one the whole delegation and the other a count of
     * exactly the people not recorded as moving on their own ("其他人明天走", then "其他人明天10点走 50人" of 55
     * when 5 leave before).
     */
    boolean samePeople(Movement a, Movement b) {
        return Objects.equals(a.count(), b.count())
                || whole(a) && whole(b)
                || whole(b) && rest(a)
                || whole(a) && rest(b);
    }

    /** Whether {@code m} counts exactly the delegation's people left by its groups recorded moving on their own. */
    boolean rest(Movement m) {
        Integer size = event.delegation(m.delegation()).map(Delegation::size).orElse(null);
        if (whole(m) || size == null) return false;
        int apart = ofDelegation(m)
                .map(e -> (Movement) e.record())
                .filter(x -> !whole(x) && !x.equals(m))
                .mapToInt(Movement::count)
                .sum();
        return apart > 0 && m.count() == size - apart;
    }

    /** No count, or at least the delegation's size. */
    boolean whole(Movement m) {
        Integer size = event.delegation(m.delegation()).map(Delegation::size).orElse(null);
        return m.count() == null || size != null && m.count() >= size;
    }

    private java.util.stream.Stream<Entry> ofDelegation(Movement m) {
        return ledger.activeMovements().stream()
                .filter(e -> e.record().getClass() == m.getClass())
                .filter(e -> m.delegation().equals(((Movement) e.record()).delegation()));
    }
}
