package org.receptionbot.visit;

import java.util.List;
import org.receptionbot.ledger.Entry;

/**
 * One visit report or change as applied, with who sent it and when ({@link Entry#source()}).
 *
 * @param shifts the routes whose figure for the delegation it changed, in the event file's order
 */
public record VisitStep(Entry entry, VisitFlag flag, List<Shift> shifts) {

    public VisitStep {
        shifts = List.copyOf(shifts);
    }

    public boolean touches(String route) {
        return shifts.stream().anyMatch(s -> s.route().equals(route));
    }

    /** The shift on one route, or null when it did not change that route. */
    public Shift on(String route) {
        return shifts.stream().filter(s -> s.route().equals(route)).findFirst().orElse(null);
    }
}
