package org.receptionbot.event;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks routes that are on the road at the same time: a vehicle cannot carry two of them, and a
 * delegation cannot send more people to them together than it has.
 */
final class VisitOverlaps {
    private final Map<String, Integer> sizes;

    VisitOverlaps(Map<String, Integer> sizes) {
        this.sizes = sizes;
    }

    /** Reports on the later route of each clash; {@code entries} are the routes' nodes, in step. */
    void check(List<VisitRoute> routes, List<Node> entries) {
        for (int j = 0; j < routes.size(); j++) {
            for (int i = 0; i < j; i++) vehicles(routes.get(i), routes.get(j), entries.get(j));
        }
        Set<String> reported = new HashSet<>();
        for (VisitRoute at : routes) people(routes, entries, at.departure(), reported);
    }

    /** Routes whose arrival is not after their departure are reported already and skipped here. */
    private static boolean timed(VisitRoute route) {
        return route.arrive().isAfter(route.depart());
    }

    private static void vehicles(VisitRoute earlier, VisitRoute later, Node entry) {
        if (!timed(earlier) || !timed(later) || !earlier.overlaps(later)) return;
        for (String vehicle : later.vehicles()) {
            if (earlier.uses(vehicle)) {
                entry.get("vehicles")
                        .problem("车辆“" + vehicle + "”同时用于路线 " + earlier.id() + "（" + earlier.date() + " "
                                + earlier.depart() + "-" + earlier.arrive() + "），时间重叠");
            }
        }
    }

    /** Sums each delegation's plan over the routes on the road at {@code instant}. */
    private void people(List<VisitRoute> routes, List<Node> entries, LocalDateTime instant, Set<String> reported) {
        for (Map.Entry<String, Integer> size : sizes.entrySet()) {
            String delegation = size.getKey();
            List<Integer> on = new ArrayList<>();
            int total = 0;
            for (int k = 0; k < routes.size(); k++) {
                VisitRoute route = routes.get(k);
                if (timed(route) && onTheRoad(route, instant) && route.planned(delegation) > 0) {
                    on.add(k);
                    total += route.planned(delegation);
                }
            }
            if (on.size() > 1 && total > size.getValue() && reported.add(delegation)) {
                List<String> ids = on.stream().map(k -> routes.get(k).id()).toList();
                entries.get(on.get(on.size() - 1))
                        .get("plan")
                        .get(delegation)
                        .problem("与同时进行的路线合计（" + String.join("、", ids) + "）计划 " + total + " 人，超过代表团人数 "
                                + size.getValue());
            }
        }
    }

    private static boolean onTheRoad(VisitRoute route, LocalDateTime instant) {
        return !route.departure().isAfter(instant) && route.arrival().isAfter(instant);
    }
}
