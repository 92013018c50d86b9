package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;

/**
 * A bus liaison (随车联络员 of a vehicle in the event file) counts their own bus: the parser is told the
 * bus, so that "实到40人" or "人齐了" with no vehicle named is that bus's head count.
 */
final class BusLiaisons {
    private final Event event;

    BusLiaisons(Event event) {
        this.event = event;
    }

    /** The one vehicle the sender is the liaison of, unless bound to a delegation; else null. */
    String vehicleOf(Asked asked) {
        if (asked.sender().delegation() != null) return null;
        List<Vehicle> own =
                event.vehiclesRiddenBy(asked.chat().platform(), asked.sender().userId());
        return own.size() == 1 ? own.get(0).id() : null;
    }
}
