package org.receptionbot.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Event fixtures for tests: the reference event of the parser corpora, and small variants. */
public final class TestEvents {
    private static final Event REFERENCE = load("/events/reference-event.yml");
    private static final Event WITH_PEOPLE = load("/events/event-with-people.yml");
    private static final Event CONFERENCE = load("/events/reference-conference.yml");
    private static final Event ON_REQUEST = read(onRequestTree("/events/reference-event.yml", "LATE_NIGHT", true));

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

    /** The reference event with 宵夜 ({@code LATE_NIGHT}) taken on request. */
    public static Event lateNightOnRequest() {
        return ON_REQUEST;
    }

    /** The small event with people, plus 宵夜 ({@code LATE_NIGHT}, 21:30–23:00, due 19:00) taken on request. */
    @SuppressWarnings("unchecked")
    public static Event withPeopleAndLateNight() {
        Map<String, Object> tree = tree("/events/event-with-people.yml");
        ((List<Object>) tree.get("meals"))
                .add(Map.of(
                        "id", "LATE_NIGHT",
                        "names", List.of("宵夜"),
                        "serve", "21:30-23:00",
                        "deadline", "19:00",
                        "on_request", true));
        return read(tree);
    }

    /** A YAML tree from the test resources with {@code on_request} set to {@code value} on one meal. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> onRequestTree(String resource, String mealId, Object value) {
        Map<String, Object> tree = tree(resource);
        for (Object meal : (List<Object>) tree.get("meals")) {
            Map<String, Object> m = (Map<String, Object>) meal;
            if (mealId.equals(m.get("id"))) m.put("on_request", value);
        }
        return tree;
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
        return read(tree(resource));
    }

    /** The event of a YAML tree ({@link #tree}), which must be valid. */
    public static Event read(Map<String, Object> tree) {
        EventReading reading = EventReader.read("test", tree);
        if (reading instanceof EventReading.Invalid invalid) throw new IllegalStateException(invalid.describe());
        return ((EventReading.Valid) reading).event();
    }
}
