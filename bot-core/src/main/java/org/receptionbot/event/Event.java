package org.receptionbot.event;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One event, as configured by its event file. Lists keep the file's order; lookups by id are on
 * the lists' owners.
 */
public record Event(
        String name,
        ZoneId zone,
        LocalDate start,
        LocalDate end,
        Location location,
        List<Meal> meals,
        List<Venue> venues,
        List<Hotel> hotels,
        List<Delegation> delegations,
        List<Vehicle> vehicles,
        List<Person> coordinators,
        List<ChatDef> chats) {

    public Event {
        meals = List.copyOf(meals);
        venues = List.copyOf(venues);
        hotels = List.copyOf(hotels);
        delegations = List.copyOf(delegations);
        vehicles = List.copyOf(vehicles);
        coordinators = List.copyOf(coordinators);
        chats = List.copyOf(chats);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public Optional<Delegation> delegation(String id) {
        return delegations.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Meal> meal(String id) {
        return meals.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Venue> venue(String id) {
        return venues.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<Hotel> hotel(String id) {
        return hotels.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Optional<Vehicle> vehicle(String id) {
        return vehicles.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Where the event takes place; coordinates feed the weather forecast. */
    public record Location(String name, double latitude, double longitude) {}
}
