package org.receptionbot.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the vehicles: plate, driver, the delegation served, seats and bus liaisons, all but the id optional. */
final class VehicleReader {

    private VehicleReader() {}

    static List<Vehicle> read(Node section, Set<String> delegations, PeopleReader people) {
        List<Vehicle> vehicles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : section.list()) {
            String id = EventReader.uniqueId(item, seen);
            Node entry = item.named(id);
            String delegation = entry.get("delegation").text().orElse(null);
            if (delegation != null && !delegations.contains(delegation)) {
                entry.get("delegation").problem("未知的代表团 id“" + delegation + "”");
            }
            Integer seats = entry.get("seats").integer().orElse(null);
            if (seats != null && seats <= 0) entry.get("seats").problem("座位数应为正整数");
            vehicles.add(new Vehicle(
                    id,
                    entry.get("plate").text().orElse(""),
                    entry.get("driver").text().orElse(""),
                    entry.get("phone").text().orElse(null),
                    delegation,
                    seats,
                    people.readAll(entry.get("liaisons"))));
        }
        return vehicles;
    }
}
