package org.receptionbot.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.receptionbot.visit.ListChange;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;

/**
 * The states a route's list went through since it was sent, in order, each once in a row: the list as sent first.
 * A state reached again (a change undone, a figure restored) is a new state for the site, told again.
 */
final class ListStates {
    private final List<String> states;
    private final List<RouteList> lists;
    private final Function<String, String> names;

    private ListStates(List<String> states, List<RouteList> lists, Function<String, String> names) {
        this.states = states;
        this.lists = lists;
        this.names = names;
    }

    /** The states of the route's list between {@code sentAt} (the list {@code sent}) and {@code now}. */
    static ListStates of(
            VisitBoards boards,
            String route,
            RouteList sent,
            Instant sentAt,
            Instant now,
            Function<String, String> names) {
        List<String> states = new ArrayList<>();
        List<RouteList> lists = new ArrayList<>();
        states.add(ListChange.between(sent, sent, names).state());
        lists.add(sent);
        for (Instant t : boards.changedAt(route, sentAt, now)) {
            RouteList then = boards.listAt(route, t).orElse(null);
            if (then == null) continue;
            String state = ListChange.between(sent, then, names).state();
            if (state.equals(states.get(states.size() - 1))) continue;
            states.add(state);
            lists.add(then);
        }
        return new ListStates(states, lists, names);
    }

    /** How many times the list has come to {@code state} so far (the list as sent counts once from the start). */
    int times(String state) {
        return (int) states.stream().filter(state::equals).count();
    }

    /** What changed from the state before the last one to {@code now}: "湖北省… 1人→6人". */
    List<String> lastStep(RouteList now) {
        if (lists.size() < 2) return List.of();
        return ListChange.between(lists.get(lists.size() - 2), now, names).lines();
    }
}
