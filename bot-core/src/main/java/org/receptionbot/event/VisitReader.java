package org.receptionbot.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code visits:} section: each route on its own (dates, times, known vehicles and
 * delegations, plans within the delegation's size), then the routes together (see {@link
 * VisitOverlaps}).
 */
final class VisitReader {
    private final Map<String, Integer> sizes;
    private final Set<String> vehicles;
    private final LocalDate start;
    private final LocalDate end;
    private final Map<String, String> words = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    VisitReader(List<Delegation> delegations, Set<String> vehicles, LocalDate start, LocalDate end) {
        this.sizes = new LinkedHashMap<>();
        delegations.forEach(d -> sizes.put(d.id(), d.size()));
        this.vehicles = vehicles;
        this.start = start;
        this.end = end;
    }

    List<VisitRoute> read(Node section) {
        List<VisitRoute> routes = new ArrayList<>();
        List<Node> entries = new ArrayList<>();
        for (Node item : section.list()) {
            String id = EventReader.uniqueId(item, ids);
            Node entry = item.named(id);
            VisitRoute route = route(entry, id);
            if (route != null) {
                routes.add(route);
                entries.add(entry);
            }
        }
        new VisitOverlaps(sizes).check(routes, entries);
        return routes;
    }

    /** The ids of all routes read, also those too broken to build. */
    Set<String> ids() {
        return ids;
    }

    /** The route, or null when its date or times cannot be read (the problems are reported). */
    private VisitRoute route(Node entry, String id) {
        String name = entry.get("name").requiredText();
        List<String> aliases = entry.get("aliases").texts();
        if (name != null) word(entry.get("name"), name, id);
        aliases.forEach(alias -> word(entry.get("aliases"), alias, id));
        LocalDate date = date(entry.get("date"));
        LocalTime depart = required(entry.get("depart"));
        LocalTime arrive = required(entry.get("arrive"));
        if (depart != null && arrive != null && !arrive.isAfter(depart)) {
            entry.get("arrive").problem("到达时间 " + arrive + " 不晚于出发时间 " + depart);
        }
        VisitSite site = site(entry.get("site"));
        List<String> cars = vehicles(entry.get("vehicles"));
        Map<String, Integer> plan = plan(entry.get("plan"));
        if (id == null || name == null || date == null || depart == null || arrive == null) return null;
        return new VisitRoute(id, name, aliases, date, depart, arrive, site, cars, plan);
    }

    private void word(Node node, String word, String id) {
        String owner = words.putIfAbsent(word, String.valueOf(id));
        if (owner != null && !owner.equals(String.valueOf(id))) {
            node.problem("名称“" + word + "”已用于路线 " + owner);
        }
    }

    private LocalDate date(Node node) {
        if (!node.present()) node.problem("必填（YYYY-MM-DD）");
        LocalDate date = node.date().orElse(null);
        if (date != null && start != null && end != null && (date.isBefore(start) || date.isAfter(end))) {
            node.problem("日期 " + date + " 不在活动日期（" + start + " 至 " + end + "）之内");
        }
        return date;
    }

    private static LocalTime required(Node node) {
        if (!node.present()) node.problem("必填（HH:MM）");
        return node.time().orElse(null);
    }

    private static VisitSite site(Node node) {
        if (!node.present()) return null;
        return new VisitSite(
                node.get("name").requiredText(),
                node.get("contact").text().orElse(null),
                node.get("phone").text().orElse(null));
    }

    private List<String> vehicles(Node node) {
        List<String> cars = new ArrayList<>();
        for (Node item : node.list()) {
            item.text().ifPresent(id -> {
                if (!vehicles.contains(id)) item.problem("未知的车辆 id“" + id + "”");
                else if (cars.contains(id)) item.problem("车辆“" + id + "”重复");
                else cars.add(id);
            });
        }
        return cars;
    }

    private Map<String, Integer> plan(Node node) {
        Map<String, Integer> plan = new LinkedHashMap<>();
        for (String delegation : node.keys()) {
            Node count = node.get(delegation);
            Integer size = sizes.get(delegation);
            if (size == null) {
                count.problem("未知的代表团 id“" + delegation + "”");
                continue;
            }
            if (!count.present()) count.problem("必填（人数）");
            count.integer().ifPresent(n -> {
                if (n < 0 || n > size) count.problem("人数应在 0 到 " + size + " 之间（代表团共 " + size + " 人）");
                else plan.put(delegation, n);
            });
        }
        return plan;
    }
}
