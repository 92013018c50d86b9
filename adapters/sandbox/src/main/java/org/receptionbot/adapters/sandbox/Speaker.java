package org.receptionbot.adapters.sandbox;

import java.util.List;

/**
 * Someone the terminal user can speak as.
 *
 * @param label how the prompt shows them (湖南省代表团 · 联络员 李娜)
 * @param userId the sandbox account from the event file, or the name when there is none
 * @param names what {@code :as} accepts for them: delegation name, aliases and id, person name
 */
record Speaker(String label, String userId, String name, List<String> names) {

    Speaker {
        names = List.copyOf(names);
    }

    boolean answersTo(String query) {
        return names.contains(query) || name.equals(query);
    }
}
