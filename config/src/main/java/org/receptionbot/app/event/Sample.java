package org.receptionbot.app.event;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The sample events bundled in the jar, chosen with {@code reception.sample}.
 *
 * @param resource the event file on the class path
 * @param referenceDay the day of the file that becomes today when the sample is laid around today
 * @param dataDir the data directory the sample runs on when {@code reception.data-dir} is not set: each
 *     sample its own, so that one sample's records are never read by the other
 */
public enum Sample {
    /** A sports games of 32 delegations (the default): 23 November is the day of the README's examples. */
    GAMES("events/sample-event.yml", LocalDate.of(2026, 11, 23), Path.of("data")),
    /** A national conference with three site-visit routes: 9 December is the visit day. */
    CONFERENCE("events/sample-conference.yml", LocalDate.of(2026, 12, 9), Path.of("data-conference"));

    private final String resource;
    private final LocalDate referenceDay;
    private final Path dataDir;

    Sample(String resource, LocalDate referenceDay, Path dataDir) {
        this.resource = resource;
        this.referenceDay = referenceDay;
        this.dataDir = dataDir;
    }

    public String resource() {
        return resource;
    }

    public LocalDate referenceDay() {
        return referenceDay;
    }

    /** The default data directory of this sample, relative to the working directory. */
    public Path dataDir() {
        return dataDir;
    }
}
