package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.access.People;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.Texts;
import org.receptionbot.visit.VisitBoards;

/**
 * A delegation's route figures changed after a route's serving was settled as eaten at its site
 * ({@link SettledRouteMeals}): its meal at the meeting place follows its people on those routes now. A drop-out
 * ("我们有1个人不舒服没去百色"), a switch to a route that eats back at the meeting place or a figure lowered gives the
 * meal back (a MEAL_ADD); people joining, or switching to, a route eating at its site are taken off it (a
 * MEAL_CANCEL); both recorded under the message that changed the route, so taking it back takes them back too. A
 * delegation the settlement left at its own figure, one that reported the serving's figure since, and a message
 * that says the serving's figure itself are not changed.
 */
final class RouteMealCuts {
    /** The message's records with the meals that follow them, and what is said of each of those meals. */
    record Followed(List<Record> records, Map<Record, String> said) {
        /** The records alone, bringing no meal. */
        static Followed none(List<Record> records) {
            return new Followed(records, Map.of());
        }

        /**
         * Without the meals that follow a route figure into a serving already served ({@code served}): the served
         * figure is what is settled, and the sender, who said no meal (a route figure corrected on the visit day),
         * is not told of a meal change refused.
         */
        Followed unserved(java.util.function.Predicate<Record> served) {
            List<Record> dropped = said.keySet().stream().filter(served).toList();
            if (dropped.isEmpty()) return this;
            List<Record> kept = new ArrayList<>(records);
            kept.removeAll(dropped);
            Map<Record, String> lines = new LinkedHashMap<>(said);
            dropped.forEach(lines::remove);
            return new Followed(kept, lines);
        }

        /** The lines said of the meals among {@code applied}. */
        List<String> of(List<Record> applied) {
            return said.entrySet().stream()
                    .filter(e -> applied.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
        }
    }

    private final Event event;
    private final Ledger ledger;
    private final VisitBoards boards;
    private final SettledRouteMeals settled;
    private final OneBackAtTheMeal oneBack;

    RouteMealCuts(Event event, Ledger ledger, People people) {
        this.event = event;
        this.ledger = ledger;
        this.boards = new VisitBoards(event, ledger);
        this.settled = new SettledRouteMeals(event, ledger, boards, people);
        this.oneBack = new OneBackAtTheMeal(event, ledger, boards, settled);
    }

    /** "她晚饭在酒店吃" after a settlement: one person back, not the whole plan ({@link OneBackAtTheMeal}). */
    Optional<OneBackAtTheMeal.Back> oneBack(List<Record> records, String text) {
        return oneBack.read(records, text);
    }

    /**
     * {@code records} with the meal changes their route figures bring.
     *
     * @param named whether the lines said name the delegation (a coordinator's message)
     */
    Followed follow(List<Record> records, boolean named) {
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<String> delegations = new LinkedHashSet<>();
        for (Record r : records) {
            List<String> routes = r instanceof Visit v
                    ? Collections.singletonList(v.route())
                    : r instanceof VisitChange c ? Arrays.asList(c.from(), c.to()) : List.of();
            for (String id : routes) event.route(id == null ? "" : id).ifPresent(v -> days.add(v.date()));
            if (!routes.isEmpty() && r.delegation() != null) delegations.add(r.delegation());
        }
        if (days.isEmpty()) return Followed.none(records);
        List<Record> meals = new ArrayList<>();
        Map<Record, String> said = new LinkedHashMap<>();
        for (LocalDate day : days)
            for (SettledRouteMeals.Settled s : settled.on(day))
                for (String d : delegations) {
                    if (!s.follows(d) || saysMeal(records, d, s) || reportedSince(d, s)) continue;
                    int before = 0;
                    int after = 0;
                    List<String> moved = new ArrayList<>();
                    for (VisitRoute r : s.routes()) {
                        int was = boards.people(r.id(), d);
                        int now = boards.peopleWith(r.id(), d, records);
                        before += was;
                        after += now;
                        if (now != was) moved.add(r.name() + (now < was ? "减" : "加") + Math.abs(now - was) + "人");
                    }
                    if (before == after) continue;
                    String meal = s.meal().id();
                    Record changed = before > after
                            ? new MealAdd(d, s.date(), meal, before - after)
                            : new MealCancel(d, s.date(), meal, after - before);
                    meals.add(changed);
                    said.put(
                            changed,
                            (named ? name(d) : "") + String.join("、", moved) + "：" + Texts.day(s.date())
                                    + s.meal().label() + (before > after ? " 酒店加回" : " 在考察地用餐，酒店减")
                                    + Math.abs(before - after) + "人");
                }
        if (meals.isEmpty()) return Followed.none(records);
        List<Record> all = new ArrayList<>(records);
        all.addAll(meals);
        return new Followed(all, said);
    }

    /** The message says the delegation's figure of the serving itself: that figure stands. */
    private static boolean saysMeal(List<Record> records, String delegation, SettledRouteMeals.Settled s) {
        return records.stream()
                .anyMatch(r -> r instanceof MealRecord m
                        && delegation.equals(r.delegation())
                        && s.date().equals(m.date())
                        && s.meal().id().equals(m.meal()));
    }

    /** The delegation reported the serving's figure after the settlement: its own figure wins. */
    private boolean reportedSince(String delegation, SettledRouteMeals.Settled s) {
        for (Entry e : ledger.day(s.date()).active())
            if (e.record() instanceof MealCount c
                    && delegation.equals(c.delegation())
                    && s.meal().id().equals(c.meal())
                    && e.source().at().isAfter(s.at())) return true;
        return false;
    }

    private String name(String delegation) {
        return event.delegation(delegation).map(Delegation::name).orElse(delegation);
    }
}
