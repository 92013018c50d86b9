package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.visit.VisitBoards;

/**
 * A list of several delegations' route figures ("考察线路报名接龙\n1. 河北 北海 6\n2. 天津 柳州 4\n3. 大连 百色 3") is the plan
 * of the visits, not people added beside what the lists hold: over several routes, each delegation listed goes on the
 * routes its lines name and its people leave its other routes of that day (天津 on 百色 4 listed 柳州 4: 百色 0). A list of
 * one route only says that route's figures: a delegation's other routes are lowered only as far as the figures listed
 * would otherwise put more of it on the road than it has.
 */
final class VisitListPlacement {
    private final Event event;
    private final VisitBoards boards;

    VisitListPlacement(Event event, VisitBoards boards) {
        this.event = event;
        this.boards = boards;
    }

    /**
     * {@code outcome} with, for a list of several delegations' figures sent by no delegation's liaison (a coordinator, the
     * reception staff), the figures of their routes left; a liaison's repost of a list records its own line only.
     */
    ParseOutcome read(ParseOutcome outcome, Asked asked) {
        if (!(outcome instanceof ParseOutcome.Understood u) || asked.sender().delegation() != null) return outcome;
        Map<String, Map<String, Integer>> listed = new LinkedHashMap<>();
        Set<String> routes = new LinkedHashSet<>();
        for (Record r : u.records()) {
            if (!(r instanceof Visit v) || v.delegation() == null || v.count() == null) continue;
            if (event.route(v.route()).isEmpty()) return outcome;
            listed.computeIfAbsent(v.delegation(), d -> new LinkedHashMap<>()).put(v.route(), v.count());
            routes.add(v.route());
        }
        if (listed.size() < 2) return outcome;
        List<Record> left = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> d : listed.entrySet())
            left.addAll(routes.size() > 1 ? emptied(d.getKey(), d.getValue()) : lowered(d.getKey(), d.getValue()));
        if (left.isEmpty()) return outcome;
        List<Record> records = new ArrayList<>(u.records());
        records.addAll(left);
        return outcome.withRecords(records);
    }

    /** The delegation's other routes of the listed routes' day that hold its people, at 0. */
    private List<Record> emptied(String delegation, Map<String, Integer> figures) {
        List<Record> records = new ArrayList<>();
        for (VisitRoute o : others(figures)) records.add(new Visit(delegation, o.id(), 0));
        return records.stream()
                .filter(r -> boards.people(((Visit) r).route(), delegation) > 0)
                .toList();
    }

    /** The delegation's other routes lowered in order by as many people as the listed figures put over its size. */
    private List<Record> lowered(String delegation, Map<String, Integer> figures) {
        Optional<Delegation> d = event.delegation(delegation);
        if (d.isEmpty()) return List.of();
        List<VisitRoute> others = others(figures);
        int total = figures.values().stream().mapToInt(Integer::intValue).sum();
        for (VisitRoute o : others) total += boards.people(o.id(), delegation);
        int over = total - d.get().size();
        List<Record> records = new ArrayList<>();
        for (VisitRoute o : others) {
            int had = boards.people(o.id(), delegation);
            int off = Math.min(Math.max(over, 0), had);
            if (off > 0) records.add(new Visit(delegation, o.id(), had - off));
            over -= off;
        }
        return records;
    }

    /** The routes of the listed routes' day the delegation's lines do not name. */
    private List<VisitRoute> others(Map<String, Integer> figures) {
        Set<java.time.LocalDate> days = new LinkedHashSet<>();
        for (String r : figures.keySet()) event.route(r).ifPresent(route -> days.add(route.date()));
        return event.visits().stream()
                .filter(r -> days.contains(r.date()) && !figures.containsKey(r.id()))
                .toList();
    }
}
