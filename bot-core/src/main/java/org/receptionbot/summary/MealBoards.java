package org.receptionbot.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Venue;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.HeldFigure;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.MealTally;
import org.receptionbot.record.MealRecord;

/** Builds meal boards from the ledger: one day's entries, the movements, the actual counts. */
public final class MealBoards {
    private final Event event;
    private final Ledger ledger;
    private final MealTally tally;
    private final HeldFigures held;
    private final RoutesAway away;
    private final PackedPortions packing;

    /** Boards that show nothing held for a confirmation. */
    public MealBoards(Event event, Ledger ledger) {
        this(event, ledger, null);
    }

    /** @param held the reports held for a confirmation, shown as 待确认; null for none */
    public MealBoards(Event event, Ledger ledger, HeldFigures held) {
        this(event, ledger, held, RoutesAway.NONE);
    }

    /** @param away the site-visit routes away at a serving, said under its board */
    public MealBoards(Event event, Ledger ledger, HeldFigures held, RoutesAway away) {
        this.away = away;
        this.event = event;
        this.ledger = ledger;
        this.tally = new MealTally(event, ledger);
        this.held = held;
        this.packing = new PackedPortions(event, ledger);
    }

    /** The board of one serving as it stands at {@code now}. */
    public MealBoard board(LocalDate date, Meal meal, Instant now) {
        DayLog log = ledger.day(date);
        Map<String, DinerCount> counts = counts(log, meal);
        Map<String, PackedOrder> packed = packing.latest(date, meal);
        List<VenueBoard> venues = new ArrayList<>();
        for (Venue venue : event.venues()) venues.add(venueBoard(venue, counts, packed, date, meal));
        boolean locked = !LocalDateTime.ofInstant(now, event.zone()).isBefore(meal.deadlineFor(date));
        List<HeldFigure> waiting = held(date, meal, now);
        List<Delegation> silent = notReported(counts).stream()
                .filter(d ->
                        waiting.stream().noneMatch(h -> d.id().equals(h.record().delegation())))
                .toList();
        return new MealBoard(
                date,
                meal,
                locked,
                venues,
                silent,
                late(log, meal),
                waiting,
                heldActuals(date, meal, now),
                away.at(date, meal, reported(counts)));
    }

    private List<ActualCount> heldActuals(LocalDate date, Meal meal, Instant now) {
        if (held == null) return List.of();
        return held.actuals(date, now).stream()
                .filter(a -> a.meal().equals(meal.id()))
                .toList();
    }

    private List<HeldFigure> held(LocalDate date, Meal meal, Instant now) {
        if (held == null) return List.of();
        return held.figures(date, now).stream()
                .filter(h -> h.record() instanceof MealRecord r && meal.id().equals(r.meal()))
                .toList();
    }

    /**
     * The delegations expected at a serving that have sent no count or change for it: whom the
     * reminders chase before the deadline. For a meal taken on request, none (a day not reported counts 0).
     */
    public List<Delegation> notReported(LocalDate date, Meal meal) {
        return notReported(counts(ledger.day(date), meal));
    }

    /**
     * The packed portions asked for a serving ({@link PackedOrder}) by meal matters in force, sent on its day or up to
     * three days before: each delegation's last order, in the order sent, the portions of a seated part said alone
     * ("有4个人在餐厅吃 其余打包") resolved against its count.
     */
    public List<PackedOrder> packed(LocalDate date, Meal meal) {
        Map<String, PackedOrder> latest = packing.latest(date, meal);
        if (latest.isEmpty()) return List.of();
        Map<String, DinerCount> counts = counts(ledger.day(date), meal);
        return latest.values().stream()
                .map(o -> o.resolved(
                        counts.containsKey(o.delegation())
                                ? counts.get(o.delegation()).diners()
                                : 0))
                .toList();
    }

    /** The expected diners of one delegation at one serving. */
    public DinerCount count(LocalDate date, Meal meal, String delegation) {
        return tally.count(ledger.day(date), movements(), meal, delegation);
    }

    private Map<String, DinerCount> counts(DayLog log, Meal meal) {
        return tally.count(log, movements(), meal);
    }

    private List<Entry> movements() {
        return ledger.activeMovements();
    }

    private VenueBoard venueBoard(
            Venue venue, Map<String, DinerCount> counts, Map<String, PackedOrder> packed, LocalDate date, Meal meal) {
        List<DelegationDiners> lines = new ArrayList<>();
        for (Delegation d : event.delegations()) {
            if (!venue.id().equals(d.venue())) continue;
            DinerCount count = counts.get(d.id());
            PackedOrder order = packed.get(d.id());
            int portions = order == null ? 0 : order.resolved(count.diners()).portions();
            int seated = packing.seated(d, date, meal, count.diners(), portions);
            lines.add(DelegationDiners.of(d, count, meal, seated, portions));
        }
        Integer actual = ledger.actuals(date).stream()
                .filter(a -> a.meal().equals(meal.id()) && a.venue().equals(venue.id()))
                .map(ActualCount::count)
                .findFirst()
                .orElse(null);
        return new VenueBoard(venue, lines, actual);
    }

    private List<Delegation> notReported(Map<String, DinerCount> counts) {
        return event.delegations().stream()
                .filter(d ->
                        !counts.get(d.id()).reported() && counts.get(d.id()).diners() > 0)
                .toList();
    }

    /** The delegations with a report for the serving. */
    private static java.util.Set<String> reported(Map<String, DinerCount> counts) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        counts.forEach((id, c) -> {
            if (c.reported()) reported.add(id);
        });
        return reported;
    }

    /** The entries after the deadline that changed a figure ({@link MealTally#lateChanges}). */
    private List<Entry> late(DayLog log, Meal meal) {
        return tally.lateChanges(log, movements(), meal);
    }
}
