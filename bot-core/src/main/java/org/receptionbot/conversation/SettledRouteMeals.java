package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.access.People;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.MealCancel;
import org.receptionbot.visit.DelegationLine;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;

/**
 * The route meal settlements in force on a visit day ({@link RouteMealSettlements}), read back from what they
 * recorded: a coordinator's message in force whose entries are only cancellations of one serving, each of exactly
 * its delegation's people, as they stood when it was sent, on one set of that day's routes that left before the
 * serving; or a delegation's own message whose cancellations of the day are of one serving of its own delegation,
 * exactly its people on such routes ("我们去百色的6个人晚饭在百色吃"), which settles that delegation alone. No state is kept besides the ledger: a settlement taken back is no longer found, and a restart finds the
 * same ones.
 */
final class SettledRouteMeals {
    /**
     * One serving a coordinator settled for some routes.
     *
     * @param at when the settlement was sent: a delegation's own figure for the serving sent later wins
     * @param kept the delegations with people on the routes then that the settlement left at their own figure
     * @param owner the delegation whose own word it is, which alone it settles; null for a coordinator's
     */
    record Settled(LocalDate date, Meal meal, List<VisitRoute> routes, Instant at, Set<String> kept, String owner) {
        /**
         * Whether {@code delegation}'s meal follows its people on the routes: a coordinator's settlement covers every
         * delegation it did not leave at its own figure, a delegation's own word only that delegation, so another one
         * joining the route later is not taken off the meal nobody settled for it.
         */
        boolean follows(String delegation) {
            return owner == null ? !kept.contains(delegation) : owner.equals(delegation);
        }
    }

    private final Event event;
    private final Ledger ledger;
    private final VisitBoards boards;
    private final People people;

    SettledRouteMeals(Event event, Ledger ledger, VisitBoards boards, People people) {
        this.event = event;
        this.ledger = ledger;
        this.boards = boards;
        this.people = people;
    }

    /** The settlements in force for the servings of {@code day}, oldest first. */
    List<Settled> on(LocalDate day) {
        Map<String, List<Entry>> byMessage = new LinkedHashMap<>();
        for (Entry e : ledger.day(day).active())
            byMessage
                    .computeIfAbsent(e.source().messageKey(), k -> new ArrayList<>())
                    .add(e);
        List<Settled> found = new ArrayList<>();
        Map<String, Settled> own = new LinkedHashMap<>();
        for (List<Entry> entries : byMessage.values()) {
            var s = entries.get(0).source();
            var sender = people.who(s.chat().platform(), s.senderId(), s.senderName());
            if (sender.coordinator()) settled(entries, day).ifPresent(found::add);
            else if (sender.delegation() != null)
                // the delegation's latest word on a serving is the one in force; other delegations' words stand
                ownSettled(entries, day, sender.delegation())
                        .ifPresent(o ->
                                own.put(sender.delegation() + ":" + o.meal().id(), o));
        }
        found.addAll(own.values());
        return found;
    }

    /**
     * A delegation's own word that its route people eat at the site ("我们去百色的6个人晚饭在百色吃"): the message's
     * cancellations of the day are of one serving of the sender's delegation only, and make up its people on the
     * routes exactly; the settlement leaves every other delegation on them at their own figure.
     */
    private Optional<Settled> ownSettled(List<Entry> entries, LocalDate day, String delegation) {
        List<Entry> cancels = entries.stream()
                .filter(e -> e.record() instanceof MealCancel c && day.equals(c.date()))
                .toList();
        if (cancels.isEmpty()
                || cancels.stream().anyMatch(e -> !delegation.equals(e.record().delegation()))) return Optional.empty();
        return settled(cancels, day).map(s -> {
            Set<String> kept = new LinkedHashSet<>();
            for (VisitRoute r : s.routes())
                for (DelegationLine line : boards.listAt(r.id(), s.at())
                        .map(RouteList::delegations)
                        .orElse(List.of())) if (!line.delegation().equals(delegation)) kept.add(line.delegation());
            return new Settled(s.date(), s.meal(), s.routes(), s.at(), kept, delegation);
        });
    }

    private Optional<Settled> settled(List<Entry> entries, LocalDate day) {
        Map<String, Integer> cut = new LinkedHashMap<>();
        String mealId = null;
        for (Entry e : entries) {
            if (!(e.record() instanceof MealCancel c) || c.count() == null || !day.equals(c.date()))
                return Optional.empty();
            if (mealId != null && !mealId.equals(c.meal())) return Optional.empty();
            mealId = c.meal();
            // one cancellation per route settled: a delegation on two of them has two
            cut.merge(c.delegation(), c.count(), Integer::sum);
        }
        Meal meal = event.meal(mealId).orElse(null);
        if (meal == null) return Optional.empty();
        Instant at = entries.get(0).source().at();
        List<RouteList> lists = new ArrayList<>();
        for (VisitRoute r : event.visits())
            if (r.date().equals(day) && !meal.serveFrom().isBefore(r.depart()))
                boards.listAt(r.id(), at).ifPresent(lists::add);
        List<RouteList> routes = only(lists, cut);
        if (routes.isEmpty()) return Optional.empty();
        Set<String> kept = new LinkedHashSet<>();
        for (RouteList l : routes)
            for (DelegationLine line : l.delegations())
                if (line.people() > 0 && !cut.containsKey(line.delegation())) kept.add(line.delegation());
        return Optional.of(
                new Settled(day, meal, routes.stream().map(RouteList::route).toList(), at, kept, null));
    }

    /**
     * The one set of routes, each with people of a cancelled delegation, whose people make up every cancellation
     * exactly; empty when none or several do.
     */
    private static List<RouteList> only(List<RouteList> lists, Map<String, Integer> cut) {
        List<RouteList> match = List.of();
        for (int set = 1; set < 1 << lists.size(); set++) {
            List<RouteList> routes = new ArrayList<>();
            for (int i = 0; i < lists.size(); i++) if ((set & 1 << i) != 0) routes.add(lists.get(i));
            if (!routes.stream().allMatch(l -> cut.keySet().stream().anyMatch(d -> l.people(d) > 0))) continue;
            boolean exact = cut.entrySet().stream()
                    .allMatch(c ->
                            routes.stream().mapToInt(l -> l.people(c.getKey())).sum() == c.getValue());
            if (!exact) continue;
            if (!match.isEmpty()) return List.of();
            match = routes;
        }
        return match;
    }
}
