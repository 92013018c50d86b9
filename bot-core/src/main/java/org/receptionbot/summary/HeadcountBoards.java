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
 * delegation it carries, when it carries all of it. On a site-visit day every bus of the day's
 * routes has its line, counted or not, so a bus that has not counted is seen.
 */
public final class HeadcountBoards {
    private final Event event;
    private final Ledger ledger;
    private final BusPlan.Source plans;

    /** Without site visits. */
    public HeadcountBoards(Event event, Ledger ledger) {
        this(event, ledger, (vehicle, day) -> Optional.empty());
    }

    public HeadcountBoards(Event event, Ledger ledger, BusPlan.Source plans) {
        this.event = event;
        this.ledger = ledger;
        this.plans = plans;
    }

    /**
     * One line per vehicle counted that day, and per bus of the day's site-visit routes not
     * counted yet, in the event file's order of vehicles.
     */
    public List<HeadcountLine> board(LocalDate date) {
        Map<String, Entry> last = new LinkedHashMap<>();
        for (Entry e : ledger.day(date).active()) {
            if (e.record() instanceof Headcount h) last.put(h.vehicle(), e);
        }
        List<HeadcountLine> lines = new ArrayList<>();
        for (Vehicle v : event.vehicles()) {
            Entry e = last.get(v.id());
            if (e != null) lines.add(line(v, (Headcount) e.record(), e, date));
            else plans.of(v.id(), date).ifPresent(p -> lines.add(HeadcountLine.uncounted(v, p)));
        }
        return lines;
    }

    /** The count of the vehicle's last active report that day before entry {@code e} (which a recount replaces), if any. */
    public Optional<Integer> before(Entry e) {
        if (!(e.record() instanceof Headcount counted)) return Optional.empty();
        Integer last = null;
        for (Entry o : ledger.day(e.day()).active()) {
            if (o.id().equals(e.id())) break;
            if (o.record() instanceof Headcount h && h.vehicle().equals(counted.vehicle())) last = h.count();
        }
        return Optional.ofNullable(last);
    }

    private HeadcountLine line(Vehicle v, Headcount h, Entry e, LocalDate date) {
        String id = h.delegation() != null ? h.delegation() : v.delegation();
        Delegation d = id == null ? null : event.delegation(id).orElse(null);
        BusPlan plan = plans.of(v.id(), date).orElse(null);
        Integer expected = plan == null ? expected(v, d) : plan.expected();
        return new HeadcountLine(
                v, d, h.count(), expected, e.source().at(), e.source().senderName(), plan);
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
