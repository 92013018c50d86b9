package org.receptionbot.event;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an {@link Event} from the tree of an event file (maps, lists, strings and numbers, as a
 * YAML or JSON reader gives them) and checks it as a whole: every problem is reported, with the
 * entry it is in, not only the first. The format is that of {@code shared/corpus/event.yml}, plus
 * liaisons, coordinators, chats, arrival/departure plans and the site visits of
 * {@code shared/corpus/conference.yml}.
 */
public final class EventReader {

    private EventReader() {}

    public static EventReading read(String source, Map<String, ?> tree) {
        Problems problems = new Problems(source);
        Node root = new Node("", tree, problems);
        Event event = readEvent(root, problems);
        return problems.any() || event == null
                ? new EventReading.Invalid(problems.all())
                : new EventReading.Valid(event);
    }

    private static Event readEvent(Node root, Problems problems) {
        Node head = root.get("event");
        if (!head.present()) head.problem("缺少 event 段（活动名称、时区、起止日期）");
        String name = head.get("name").requiredText();
        ZoneId zone = head.get("timezone").zone().orElse(null);
        if (!head.get("timezone").present()) head.get("timezone").problem("必填（例如 Asia/Shanghai）");
        LocalDate start = required(head.get("start"));
        LocalDate end = required(head.get("end"));
        if (start != null && end != null && end.isBefore(start)) head.get("end").problem("结束日期早于开始日期");
        Event.Location location = location(head.get("location"));

        List<Meal> meals = MealReader.read(root.get("meals"));
        List<Venue> venues = venues(root.get("venues"));
        List<Hotel> hotels = hotels(root.get("hotels"));
        PeopleReader people = new PeopleReader();
        List<Delegation> delegations = new DelegationReader(
                        ids(hotels, Hotel::id), ids(venues, Venue::id), people, start, end)
                .read(root.get("delegations"));
        List<Vehicle> vehicles = VehicleReader.read(root.get("vehicles"), ids(delegations, Delegation::id), people);
        List<Person> coordinators = people.readAll(root.get("coordinators"));
        VisitReader visitReader = new VisitReader(delegations, ids(vehicles, Vehicle::id), start, end);
        List<VisitRoute> visits = visitReader.read(root.get("visits"));
        List<ChatDef> chats = PeopleReader.chats(root.get("chats"), visitReader.ids());
        if (problems.any()) return null;
        return new Event(
                name,
                zone,
                start,
                end,
                location,
                meals,
                venues,
                hotels,
                delegations,
                vehicles,
                coordinators,
                chats,
                visits);
    }

    private static LocalDate required(Node node) {
        if (!node.present()) node.problem("必填（YYYY-MM-DD）");
        return node.date().orElse(null);
    }

    private static Event.Location location(Node node) {
        if (!node.present()) return null;
        double lat = node.get("latitude").decimal().orElse(0.0);
        double lon = node.get("longitude").decimal().orElse(0.0);
        if (Math.abs(lat) > 90) node.get("latitude").problem("纬度应在 -90 到 90 之间");
        if (Math.abs(lon) > 180) node.get("longitude").problem("经度应在 -180 到 180 之间");
        return new Event.Location(node.get("name").text().orElse(""), lat, lon);
    }

    private static List<Venue> venues(Node section) {
        List<Venue> venues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : section.list()) {
            String id = uniqueId(item, seen);
            Node entry = item.named(id);
            String name = entry.get("name").requiredText();
            int capacity = entry.get("capacity").integer().orElse(0);
            if (capacity <= 0) entry.get("capacity").problem("容量应为正整数");
            venues.add(new Venue(id, name, capacity));
        }
        if (venues.isEmpty()) section.problem("至少需要一个就餐场所");
        return venues;
    }

    private static List<Hotel> hotels(Node section) {
        List<Hotel> hotels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : section.list()) {
            String id = uniqueId(item, seen);
            hotels.add(new Hotel(id, item.named(id).get("name").requiredText()));
        }
        return hotels;
    }

    /** Reads the entry's id, reporting a missing or repeated one. */
    static String uniqueId(Node item, Set<String> seen) {
        String id = item.get("id").requiredText();
        if (id != null && !seen.add(id)) item.get("id").problem("id“" + id + "”重复");
        return id;
    }

    static <T> Set<String> ids(List<T> items, java.util.function.Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }
}
