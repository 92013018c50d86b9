package org.receptionbot.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Event fixtures for tests: the reference event of the parser corpora, and small variants. */
public final class TestEvents {
    private static final Event REFERENCE = load("/events/reference-event.yml");
    private static final Event WITH_PEOPLE = load("/events/event-with-people.yml");
    private static final Event CONFERENCE = load("/events/reference-conference.yml");

    private TestEvents() {}

    /** The reference event of {@code shared/corpus/event.yml}: 32 delegations, 4 meals, 12 vehicles. */
    public static Event reference() {
        return REFERENCE;
    }

    /**
     * A small event with liaisons (sandbox accounts {@code hunan-li}, {@code guizhou-wang}),
     * a coordinator ({@code tian}), chats (sandbox {@code group}, {@code coordinators}) and plans.
     */
    public static Event withPeople() {
        return WITH_PEOPLE;
    }

    /**
     * The reference conference of {@code shared/corpus/conference.yml}: 45 delegations, 14 vehicles
     * and three site-visit routes (baise, beihai, liuzhou) on 2026-12-09.
     */
    public static Event conference() {
        return CONFERENCE;
    }

    /** Reads a YAML tree from the test resources (for tests of the reader itself). */
    public static Map<String, Object> tree(String resource) {
        try (InputStream in = TestEvents.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + resource);
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Event load(String resource) {
        EventReading reading = EventReader.read(resource, tree(resource));
        if (reading instanceof EventReading.Invalid invalid) throw new IllegalStateException(invalid.describe());
        return ((EventReading.Valid) reading).event();
    }
}
