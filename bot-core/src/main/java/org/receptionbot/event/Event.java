package org.receptionbot.event;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One event, as configured by its event file. Lists keep the file's order; lookups by id are on
 * the lists' owners.
 *
 * @param visits the site-visit routes, empty when the file has no {@code visits:} section
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
        List<ChatDef> chats,
        List<VisitRoute> visits) {

    public Event {
        meals = List.copyOf(meals);
        venues = List.copyOf(venues);
        hotels = List.copyOf(hotels);
        delegations = List.copyOf(delegations);
        vehicles = List.copyOf(vehicles);
        coordinators = List.copyOf(coordinators);
        chats = List.copyOf(chats);
        visits = List.copyOf(visits);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Whether meals are served on {@code date}: a day of the event, or the day after its last day while some
     * delegation may still be there then ({@link #lastServiceDay}).
     */
    public boolean serves(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(lastServiceDay());
    }

    /**
     * Whether the meals of {@code delegation} (null: any) on {@code date} can be reported: a day of the event, or the
     * day after its last day, when meals are served then ({@link #lastServiceDay}), for a delegation still there by plan
     * (leaving after the last day, or no departure planned).
     */
    public boolean serves(String delegation, LocalDate date) {
        if (covers(date)) return true;
        if (!date.equals(end.plusDays(1)) || date.isAfter(lastServiceDay())) return false;
        if (delegation == null) return serves(date);
        return delegation(delegation).map(this::staysPastEnd).orElse(false);
    }

    /**
     * The last day meals are served: the day after the last day (breakfast before the morning trains) when a
     * delegation is planned to leave after the last day; else, with no such departure planned (an event that plans no
     * departures at all too), the event's own last day.
     */
    public LocalDate lastServiceDay() {
        return delegations.stream().anyMatch(this::leavesPastEnd) ? end.plusDays(1) : end;
    }

    private boolean leavesPastEnd(Delegation d) {
        return d.departure() != null
                && d.departure().date() != null
                && d.departure().date().isAfter(end);
    }

    private boolean staysPastEnd(Delegation d) {
        return d.departure() == null
                || d.departure().date() == null
                || d.departure().date().isAfter(end);
    }

    /**
     * Whether {@code date} is in the event's reception period: from the earliest planned arrival (or the first day)
     * to the latest planned departure (or the last day). Arrivals and departures on such a day can be recorded.
     */
    public boolean receives(LocalDate date) {
        return !date.isBefore(receptionStart()) && !date.isAfter(receptionEnd());
    }

    /** The earliest of the first day and the delegations' planned arrival days. */
    public LocalDate receptionStart() {
        return planned(Delegation::arrival)
                .filter(d -> d.isBefore(start))
                .min(LocalDate::compareTo)
                .orElse(start);
    }

    /** The latest of the last day and the delegations' planned departure days. */
    public LocalDate receptionEnd() {
        return planned(Delegation::departure)
                .filter(d -> d.isAfter(end))
                .max(LocalDate::compareTo)
                .orElse(end);
    }

    private java.util.stream.Stream<LocalDate> planned(java.util.function.Function<Delegation, Plan> plan) {
        return delegations.stream()
                .map(plan)
                .filter(p -> p != null && p.date() != null)
                .map(Plan::date);
    }

    /**
     * Whether a departure of {@code delegation} on {@code date} can be recorded: a day of the event, the day after
     * its last day, or the delegation's own planned departure day (其他人按原计划9号走).
     */
    public boolean takesDeparture(String delegation, LocalDate date) {
        if (covers(date) || date.equals(end.plusDays(1))) return true;
        return delegation(delegation == null ? "" : delegation)
                .map(Delegation::departure)
                .map(p -> date.equals(p.date()))
                .orElse(false);
    }

    public Optional<Delegation> delegation(String id) {
        for (Delegation x : delegations) if (x.id().equals(id)) return Optional.of(x);
        return Optional.empty();
    }

    public Optional<Meal> meal(String id) {
        for (Meal x : meals) if (x.id().equals(id)) return Optional.of(x);
        return Optional.empty();
    }

    public Optional<Venue> venue(String id) {
        for (Venue x : venues) if (x.id().equals(id)) return Optional.of(x);
        return Optional.empty();
    }

    public Optional<Hotel> hotel(String id) {
        for (Hotel x : hotels) if (x.id().equals(id)) return Optional.of(x);
        return Optional.empty();
    }

    public Optional<Vehicle> vehicle(String id) {
        for (Vehicle x : vehicles) if (x.id().equals(id)) return Optional.of(x);
        return Optional.empty();
    }

    public Optional<VisitRoute> route(String id) {
        for (VisitRoute x : visits) if (x.id().equals(id)) return Optional.of(x);
        return Optional.empty();
    }

    /** The route with this exact name or alias (e.g. 北海线, 北海); words are unique across routes. */
    public Optional<VisitRoute> routeNamed(String word) {
        return visits.stream().filter(r -> r.words().contains(word)).findFirst();
    }

    /** The routes the vehicle carries, in the file's order. */
    public List<VisitRoute> routesOf(String vehicle) {
        return visits.stream().filter(r -> r.uses(vehicle)).toList();
    }

    /** The route's vehicles, in the route's order. */
    public List<Vehicle> vehiclesOf(VisitRoute route) {
        return route.vehicles().stream().flatMap(id -> vehicle(id).stream()).toList();
    }

    /** The seats of the route's vehicles together, empty when one of them has no seat count. */
    public OptionalInt seatsOf(VisitRoute route) {
        List<Vehicle> cars = vehiclesOf(route);
        if (cars.stream().anyMatch(v -> v.seats() == null)) return OptionalInt.empty();
        return OptionalInt.of(cars.stream().mapToInt(Vehicle::seats).sum());
    }

    /** The vehicles whose bus liaison has this platform account. */
    public List<Vehicle> vehiclesRiddenBy(String platform, String userId) {
        return vehicles.stream()
                .filter(v -> v.liaisons().stream().anyMatch(p -> p.is(platform, userId)))
                .toList();
    }

    /** The receiving site's chats of the route. */
    public List<ChatDef> siteChats(String route) {
        return chats.stream()
                .filter(c -> c.role() == ChatDef.Role.SITE && route.equals(c.visit()))
                .toList();
    }

    /** Where the event takes place; coordinates feed the weather forecast. */
    public record Location(String name, double latitude, double longitude) {}
}
