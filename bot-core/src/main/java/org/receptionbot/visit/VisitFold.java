package org.receptionbot.visit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/** The people per route and delegation of one day's routes, changed one record at a time. */
final class VisitFold {
    private final Map<String, Map<String, Integer>> people = new LinkedHashMap<>();
    private final ToIntBiFunction<String, VisitRoute> present;
    private final List<VisitRoute> routes;

    /** @param present the people of a delegation there at a route's departure */
    VisitFold(
            List<VisitRoute> routes,
            Map<String, Map<String, Integer>> start,
            ToIntBiFunction<String, VisitRoute> present) {
        this.routes = routes;
        this.present = present;
        for (VisitRoute r : routes) people.put(r.id(), new LinkedHashMap<>(start.get(r.id())));
    }

    int people(String route, String delegation) {
        return people.get(route).getOrDefault(delegation, 0);
    }

    /** Applies a VISIT or VISIT_CHANGE; what it did, or null for any other record. */
    Applied apply(Record r) {
        if (!(r instanceof Visit || r instanceof VisitChange)) return null;
        Map<String, Integer> before = snapshot(r.delegation());
        VisitFlag flag = r instanceof Visit v ? visit(v) : change((VisitChange) r);
        return new Applied(flag, shifts(r.delegation(), before));
    }

    private VisitFlag visit(Visit v) {
        VisitRoute route = route(v.route());
        if (route == null || v.delegation() == null) return VisitFlag.NO_ROUTE;
        if (!v.wholeDelegation()) {
            set(route.id(), v.delegation(), v.count());
            return VisitFlag.NONE;
        }
        for (VisitRoute other : routes) set(other.id(), v.delegation(), 0);
        set(route.id(), v.delegation(), present.applyAsInt(v.delegation(), route));
        return VisitFlag.NONE;
    }

    private VisitFlag change(VisitChange c) {
        String d = c.delegation();
        VisitRoute to = route(c.to());
        if (d == null || c.to() != null && to == null || c.from() != null && route(c.from()) == null) {
            return VisitFlag.NO_ROUTE;
        }
        List<String> sources = sources(c, to);
        if (c.wholeDelegation()) {
            int moved = 0;
            for (String s : sources) moved += take(s, d, people(s, d));
            if (to != null) add(to.id(), d, moved > 0 ? moved : present.applyAsInt(d, to));
            return VisitFlag.NONE;
        }
        VisitFlag flag = VisitFlag.NONE;
        if (sources.size() == 1) {
            flag = take(sources.get(0), d, c.count()) < c.count() ? VisitFlag.BELOW_ZERO : VisitFlag.NONE;
        } else if (sources.size() > 1) flag = VisitFlag.FROM_UNKNOWN;
        else if (to == null) flag = VisitFlag.BELOW_ZERO;
        if (to != null) add(to.id(), d, c.count());
        return flag;
    }

    /**
     * The routes people leave: the one named; else those of the day where the delegation has
     * people, besides the one they join.
     */
    private List<String> sources(VisitChange c, VisitRoute to) {
        if (c.from() != null) return List.of(c.from());
        List<String> found = new ArrayList<>();
        for (VisitRoute r : routes) {
            if (people(r.id(), c.delegation()) > 0 && (to == null || !r.id().equals(to.id()))) found.add(r.id());
        }
        return found;
    }

    /** Takes up to {@code n} people off a route; how many it could take. */
    private int take(String route, String delegation, int n) {
        int has = people(route, delegation);
        int taken = Math.min(has, n);
        set(route, delegation, has - taken);
        return taken;
    }

    private void add(String route, String delegation, int n) {
        set(route, delegation, people(route, delegation) + n);
    }

    private void set(String route, String delegation, int n) {
        people.get(route).put(delegation, Math.max(0, n));
    }

    private VisitRoute route(String id) {
        return routes.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    private Map<String, Integer> snapshot(String delegation) {
        Map<String, Integer> s = new LinkedHashMap<>();
        for (VisitRoute r : routes) s.put(r.id(), delegation == null ? 0 : people(r.id(), delegation));
        return s;
    }

    private List<Shift> shifts(String delegation, Map<String, Integer> before) {
        List<Shift> shifts = new ArrayList<>();
        for (VisitRoute r : routes) {
            int after = delegation == null ? 0 : people(r.id(), delegation);
            if (after != before.get(r.id())) shifts.add(new Shift(r.id(), before.get(r.id()), after));
        }
        return shifts;
    }

    record Applied(VisitFlag flag, List<Shift> shifts) {}
}
