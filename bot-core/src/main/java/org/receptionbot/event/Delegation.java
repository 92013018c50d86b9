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
        Plan departure) {

    public Delegation {
        aliases = List.copyOf(aliases);
        liaisons = List.copyOf(liaisons);
    }

    /** Its name, then its aliases: the words people name it by. */
    public List<String> words() {
        List<String> words = new java.util.ArrayList<>();
        words.add(name);
        words.addAll(aliases);
        return words;
    }
}
