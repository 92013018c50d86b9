package org.receptionbot.visit;

/** What went wrong when a visit report or change was applied; the conversation asks about it. */
public enum VisitFlag {
    /** Applied as said. */
    NONE,
    /** It took more people off a route than the delegation had there; the route stays at zero. */
    BELOW_ZERO,
    /**
     * The change named no route to leave and the delegation has people on several: they were only
     * added to the route they join (or, dropping out, taken from none).
     */
    FROM_UNKNOWN,
    /** It names no route of that day that the event file has, or no delegation: nothing changed. */
    NO_ROUTE
}
