package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Headcount;

/**
 * Bus head counts of a day: the last count of each vehicle against what it should carry: on a
 * site-visit route, what the route's list says of it ({@link BusPlan}); else the size of the
 * delegation it carries, when it carries all of it, less the parts of it said arriving apart ({@link ArrivingParts});
 * on a run to a station or an airport, the people of the team's departure then ({@link DepartureRuns}). On a site-visit day every bus of the day's
 * routes has its line, counted or not, so a bus that has not counted is seen.
 *
 * <p>A bus that serves a delegation in the event file keeps a count per delegation: a HEADCOUNT record names the
 * delegation counted (the contract's {@code delegation}: the one named, else the bus's own), so another delegation
 * riding along ("青海…3号车实到27人" on 湖南's bus 3) is counted beside the bus's own, never in its place; a later count
 * of the same delegation replaces its earlier one. Such a bus's line shows each share and their total against what
 * they expect together ({@link HeadcountLine#shared()}). A bus of no delegation, or of a route that day, keeps its
 * last count, whoever's it is.
 */
public final class HeadcountBoards {
    private final Event event;
    private final Ledger ledger;
    private final BusPlan.Source plans;
    private final ArrivingParts parts;
    private final DepartureRuns runs;

    /** Without site visits. */
    public HeadcountBoards(Event event, Ledger ledger) {
        this(event, ledger, (vehicle, day) -> Optional.empty());
    }

    public HeadcountBoards(Event event, Ledger ledger, BusPlan.Source plans) {
        this.event = event;
        this.ledger = ledger;
        this.plans = plans;
        this.parts = new ArrivingParts(event, ledger);
        this.runs = new DepartureRuns(event, ledger);
    }

    /**
     * One line per vehicle counted that day, and per bus of the day's site-visit routes not
     * counted yet, in the event file's order of vehicles.
     */
    public List<HeadcountLine> board(LocalDate date) {
        Map<String, Map<String, Entry>> last = new LinkedHashMap<>();
        for (Entry e : ledger.day(date).active()) {
            if (e.record() instanceof Headcount h)
                last.computeIfAbsent(h.vehicle(), k -> new LinkedHashMap<>()).put(whose(h, date), e);
        }
        List<HeadcountLine> lines = new ArrayList<>();
        for (Vehicle v : event.vehicles()) {
            Map<String, Entry> counts = last.get(v.id());
            if (counts == null) plans.of(v.id(), date).ifPresent(p -> lines.add(HeadcountLine.uncounted(v, p)));
            else
                lines.add(
                        counts.size() == 1
                                ? line(v, counts.values().iterator().next(), date)
                                : shared(v, counts, date));
        }
        return lines;
    }

    /**
     * Whose count a head count is on its bus, for a later count to replace: on a bus of a delegation with no route
     * that day, the delegation counted; else one key for the whole bus.
     */
    private String whose(Headcount h, LocalDate date) {
        Vehicle v = event.vehicle(h.vehicle()).orElse(null);
        if (v == null || v.delegation() == null || plans.of(v.id(), date).isPresent()) return "";
        return h.delegation() != null ? h.delegation() : v.delegation();
    }

    /**
     * The count of the vehicle's last active report that day before entry {@code e} (which a recount replaces), if
     * any: on a bus carrying several delegations, the same delegation's. A run to a station ({@link DepartureRuns}) is
     * another ride, not a recount: none.
     */
    public Optional<Integer> before(Entry e) {
        if (!(e.record() instanceof Headcount counted) || run(counted, e)) return Optional.empty();
        String whose = whose(counted, e.day());
        Integer last = null;
        for (Entry o : ledger.day(e.day()).active()) {
            if (o.id().equals(e.id())) break;
            if (o.record() instanceof Headcount h
                    && h.vehicle().equals(counted.vehicle())
                    && whose(h, e.day()).equals(whose)) last = h.count();
        }
        return Optional.ofNullable(last);
    }

    /** Whether the count takes part of its team to their train or flight ({@link DepartureRuns}). */
    private boolean run(Headcount h, Entry e) {
        Vehicle v = event.vehicle(h.vehicle()).orElse(null);
        if (v == null || plans.of(v.id(), e.day()).isPresent()) return false;
        String id = h.delegation() != null ? h.delegation() : v.delegation();
        Delegation d = id == null ? null : event.delegation(id).orElse(null);
        return runs.expected(d, e, h.count()).isPresent();
    }

    /** A bus with counts of several delegations: a share each, the bus's own first, and their total. */
    private HeadcountLine shared(Vehicle v, Map<String, Entry> counts, LocalDate date) {
        List<HeadcountShare> shares = new ArrayList<>();
        Entry latest = null;
        int total = 0;
        for (Map.Entry<String, Entry> c : counts.entrySet()) {
            Entry e = c.getValue();
            Delegation d = event.delegation(c.getKey()).orElse(null);
            if (d == null) continue;
            int counted = ((Headcount) e.record()).count();
            total += counted;
            HeadcountShare share = new HeadcountShare(
                    d, counted, null, e.source().at(), e.source().senderName());
            if (c.getKey().equals(v.delegation())) shares.add(0, share);
            else shares.add(share);
            if (latest == null || e.source().at().isAfter(latest.source().at())) latest = e;
        }
        if (shares.size() < 2) return line(v, latest, date);
        shares = expected(v, shares);
        Integer expected = shares.stream().allMatch(s -> s.expected() != null)
                ? shares.stream().mapToInt(HeadcountShare::expected).sum()
                : null;
        return new HeadcountLine(
                v, null, total, expected, latest.source().at(), latest.source().senderName(), null, shares);
    }

    private HeadcountLine line(Vehicle v, Entry e, LocalDate date) {
        Headcount h = (Headcount) e.record();
        String id = h.delegation() != null ? h.delegation() : v.delegation();
        Delegation d = id == null ? null : event.delegation(id).orElse(null);
        BusPlan plan = plans.of(v.id(), date).orElse(null);
        Integer run = plan == null ? runs.expected(d, e, h.count()).orElse(null) : null;
        // another team's people on a bus assigned to a team ("7号车接到云南3个领导了"): its size only when it has no bus
        boolean another = h.delegation() != null
                && v.delegation() != null
                && !h.delegation().equals(v.delegation());
        Integer expected = plan != null
                ? plan.expected()
                : run != null
                        ? run
                        : v.delegation() == null || another && ridesNone(d)
                                ? parts.stillToCome(d, e)
                                : another ? null : parts.onThisRide(d, e, expected(v, d));
        return new HeadcountLine(
                v, d, h.count(), expected, e.source().at(), e.source().senderName(), plan);
    }

    private boolean ridesNone(Delegation d) {
        return d != null && event.vehicles().stream().noneMatch(o -> d.id().equals(o.delegation()));
    }

    /**
     * The shares with what each should be: the bus's own delegation's as for a bus of its own ({@link #expected(Vehicle,
     * Delegation)}); another delegation's, its size when it has no vehicle of its own in the event file (the bus is how
     * it rides), unless the bus's seats cannot hold them all; else unknown.
     */
    private List<HeadcountShare> expected(Vehicle v, List<HeadcountShare> shares) {
        List<HeadcountShare> with = new ArrayList<>();
        int seatsLeft = v.seats() == null ? Integer.MAX_VALUE : v.seats();
        for (HeadcountShare s : shares) {
            Delegation d = s.delegation();
            Integer expected = d.id().equals(v.delegation()) ? expected(v, d) : ridesNone(d) ? d.size() : null;
            if (expected != null && expected > seatsLeft) expected = null;
            if (expected != null) seatsLeft -= expected;
            with.add(new HeadcountShare(d, s.counted(), expected, s.at(), s.reporter()));
        }
        return with;
    }

    /**
     * The delegation's size when the vehicle carries all of it: not when the delegation rides
     * several vehicles or is larger than the vehicle's seats (no figure rather than a false shortfall).
     */
    private Integer expected(Vehicle v, Delegation d) {
        if (d == null) return null;
        long rides = event.vehicles().stream()
                .filter(o -> d.id().equals(o.delegation()))
                .count();
        if (rides > 1 || v.seats() != null && d.size() > v.seats()) return null;
        return d.size();
    }
}
