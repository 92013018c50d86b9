package org.receptionbot.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the delegations, checking names and aliases are unambiguous and references exist. */
final class DelegationReader {
    private static final Pattern TRANSPORT =
            Pattern.compile("(?i)[GDCKTZ]\\d{1,4}|(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\d{3,4}");

    private final Set<String> hotels;
    private final Set<String> venues;
    private final PeopleReader people;
    private final LocalDate start;
    private final LocalDate end;
    private final Map<String, String> words = new HashMap<>();

    DelegationReader(Set<String> hotels, Set<String> venues, PeopleReader people, LocalDate start, LocalDate end) {
        this.hotels = hotels;
        this.venues = venues;
        this.people = people;
        this.start = start;
        this.end = end;
    }

    List<Delegation> read(Node section) {
        List<Delegation> delegations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : section.list()) delegations.add(delegation(item, EventReader.uniqueId(item, ids)));
        if (delegations.isEmpty()) section.problem("至少需要一个代表团");
        return delegations;
    }

    private Delegation delegation(Node item, String id) {
        Node entry = item.named(id);
        String name = entry.get("name").requiredText();
        List<String> aliases = entry.get("aliases").texts();
        if (name != null) word(entry.get("name"), name, id);
        aliases.forEach(alias -> word(entry.get("aliases"), alias, id));
        int size = entry.get("size").integer().orElse(0);
        if (size <= 0) entry.get("size").problem("人数应为正整数，而不是“" + size + "”");
        String hotel = reference(entry.get("hotel"), hotels, "酒店");
        String venue = reference(entry.get("venue"), venues, "就餐场所");
        return new Delegation(
                id,
                name,
                aliases,
                size,
                hotel,
                venue,
                people.readAll(entry.get("liaisons")),
                plan(entry.get("arrival"), size),
                plan(entry.get("departure"), size),
                entry.get("staff").flag().orElse(false));
    }

    private void word(Node node, String word, String id) {
        String owner = words.putIfAbsent(word, id);
        if (owner != null && !owner.equals(id)) node.problem("简称“" + word + "”已用于代表团 " + owner);
    }

    private static String reference(Node node, Set<String> known, String what) {
        String id = node.requiredText();
        if (id != null && !known.contains(id)) {
            node.problem("未知的" + what + " id“" + id + "”，可选：" + String.join("、", new java.util.TreeSet<>(known)));
        }
        return id;
    }

    private Plan plan(Node node, int size) {
        if (!node.present()) return null;
        LocalDate date = node.get("date").date().orElse(null);
        if (date == null && !node.get("date").present()) node.get("date").problem("必填（YYYY-MM-DD）");
        if (date != null
                && start != null
                && end != null
                && (date.isBefore(start.minusDays(7)) || date.isAfter(end.plusDays(7)))) {
            node.get("date").problem("日期 " + date + " 远在活动日期（" + start + " 至 " + end + "）之外");
        }
        Integer count = node.get("count").integer().orElse(null);
        if (count != null && (count <= 0 || count > size)) node.get("count").problem("人数应在 1 到 " + size + " 之间");
        String transport = node.get("transport").text().orElse(null);
        if (transport != null && !TRANSPORT.matcher(transport).matches()) {
            node.get("transport").problem("车次或航班号“" + transport + "”无法识别（如 G1234、CA1234）");
        }
        return new Plan(
                date,
                node.get("time").time().orElse(null),
                count,
                transport == null ? null : transport.toUpperCase(java.util.Locale.ROOT));
    }
}
