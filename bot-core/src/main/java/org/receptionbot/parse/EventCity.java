package org.receptionbot.parse;

import org.receptionbot.event.Event;

/** The city the event is held in, as people name it (南宁市 is 南宁): where going back to is no leaving. */
final class EventCity {
    private EventCity() {}

    /** The event's city without 市, or "" when the event names none. */
    static String of(Event event) {
        var location = event.location();
        String place = location == null || location.name() == null ? "" : location.name();
        if (place.endsWith("市") && place.length() > 2) place = place.substring(0, place.length() - 1);
        return place;
    }
}
