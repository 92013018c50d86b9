package org.receptionbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.yaml.snakeyaml.Yaml;

/**
 * An event file of a test's resources laid around today: its {@code START} is three days ago, its {@code END} three
 * days ahead. The adapters' rigs (Discord, Telegram) read their event this way.
 */
public final class EventsAroundToday {
    private EventsAroundToday() {}

    /**
     * The event of {@code resource} (a path on the class path of {@code anchor}, "/events/discord-event.yml").
     *
     * @throws IllegalStateException when the file is not a valid event
     */
    public static Event read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("START", LocalDate.now().minusDays(3).toString())
                    .replace("END", LocalDate.now().plusDays(3).toString());
            Map<String, Object> tree = new Yaml().load(yaml);
            EventReading reading = EventReader.read(resource, tree);
            if (reading instanceof EventReading.Invalid invalid) throw new IllegalStateException(invalid.describe());
            return ((EventReading.Valid) reading).event();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
