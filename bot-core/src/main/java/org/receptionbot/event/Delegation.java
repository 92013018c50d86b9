package org.receptionbot.event;

import java.util.List;

/**
 * A visiting delegation.
 *
 * @param aliases the short names people type; each name or alias may be followed by 代表团, 团, 队
 *     or 代表队
 * @param size how many people it has, the default number of diners
 * @param hotel the id of its hotel
 * @param venue the id of the venue where it eats
 * @param liaisons the liaisons bound to it
 * @param arrival the planned arrival, or null
 * @param departure the planned departure, or null
 * @param staff whether it is the reception's own staff (机关服务中心, 报到组, 会务组): its liaisons also report the
 *     arrivals and departures of every delegation, as the registration desk does
 */
public record Delegation(
        String id,
        String name,
        List<String> aliases,
        int size,
        String hotel,
        String venue,
        List<Person> liaisons,
        Plan arrival,
        Plan departure,
        boolean staff) {

    public Delegation {
        aliases = List.copyOf(aliases);
        liaisons = List.copyOf(liaisons);
    }

    /** A visiting delegation, not the reception's own staff. */
    public Delegation(
            String id,
            String name,
            List<String> aliases,
            int size,
            String hotel,
            String venue,
            List<Person> liaisons,
            Plan arrival,
            Plan departure) {
        this(id, name, aliases, size, hotel, venue, liaisons, arrival, departure, false);
    }

    /** Its name, then its aliases: the words people name it by. */
    public List<String> words() {
        List<String> words = new java.util.ArrayList<>();
        words.add(name);
        words.addAll(aliases);
        return words;
    }
}
