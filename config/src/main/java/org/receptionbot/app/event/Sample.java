package org.receptionbot.app.event;

import java.time.LocalDate;

/**
 * The sample events bundled in the jar, chosen with {@code reception.sample}.
 *
 * @param resource the event file on the class path
 * @param referenceDay the day of the file that becomes today when the sample is laid around today
 */
public enum Sample {
    /** A sports games of 32 delegations (the default): 23 November is the day of the README's examples. */
    GAMES("events/sample-event.yml", LocalDate.of(2026, 11, 23)),
    /** A national conference with three site-visit routes: 9 December is the visit day. */
    CONFERENCE("events/sample-conference.yml", LocalDate.of(2026, 12, 9));

    private final String resource;
    private final LocalDate referenceDay;

    Sample(String resource, LocalDate referenceDay) {
        this.resource = resource;
        this.referenceDay = referenceDay;
    }

    public String resource() {
        return resource;
    }

    public LocalDate referenceDay() {
        return referenceDay;
    }
}
