package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DinerCount;

/**
 * After the event's last day, the delegations still there at the day's last meal with no departure of the whole team,
 * neither planned in the event file nor reported: the boards count them in full, so they are named for the
 * coordinators to ask ("尚无离会安排（仍按在场计）：河北、湖南共2个团71人，请向其联络员确认离会时间。").
 */
public final class StayingOn {
    private final Event event;
    private final MealBoards meals;
    private final MovementBoards movements;

    public StayingOn(Event event, MealBoards meals, MovementBoards movements) {
        this.event = event;
        this.meals = meals;
        this.movements = movements;
    }

    /** The delegations there at {@code date}'s last regular meal with no departure, when {@code date} is after the event. */
    public List<Delegation> on(LocalDate date) {
        Optional<Meal> last = lastMeal();
        if (!date.isAfter(event.end()) || last.isEmpty()) return List.of();
        return event.delegations().stream()
                .filter(d -> meals.count(date, last.get(), d.id()).stay() == DinerCount.Stay.THERE)
                .filter(d -> !movements.leaves(d))
                .toList();
    }

    /** The line naming them, ending in a line break; empty when there are none. */
    public String line(LocalDate date) {
        List<Delegation> staying = on(date);
        if (staying.isEmpty()) return "";
        int people = staying.stream()
                .mapToInt(
                        d -> meals.count(date, lastMeal().orElseThrow(), d.id()).planned())
                .sum();
        List<String> names = staying.stream()
                .map(d -> VenueBlock.shortName(d, event.delegations()))
                .toList();
        return "⚠尚无离会安排（仍按在场计）：" + String.join("、", names) + "共" + staying.size() + "个团" + people + "人，请向其联络员确认离会时间。\n";
    }

    /** The day's last meal that is not taken on request (晚餐). */
    private Optional<Meal> lastMeal() {
        return event.meals().stream().filter(m -> !m.onRequest()).reduce((a, b) -> b);
    }
}
