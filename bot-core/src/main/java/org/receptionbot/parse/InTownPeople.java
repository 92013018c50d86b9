package org.receptionbot.parse;

import java.util.List;

/**
 * The people of a message said to be in the event's city since an earlier day ({@link InTownAlready}), and whose: kept
 * until a later clause registers those delegations' arrival, which takes them once.
 */
final class InTownPeople {
    private Integer people;
    private List<String> teams = List.of();

    /** Keeps the people {@code teams} said to be in town since an earlier day, for their registering. */
    void keep(int people, List<String> teams) {
        this.people = people;
        this.teams = List.copyOf(teams);
    }

    /** The people in town since an earlier day when they are {@code teams}'s, taken; or null. */
    Integer take(List<String> teams) {
        if (people == null || !this.teams.equals(teams)) return null;
        Integer n = people;
        people = null;
        return n;
    }
}
