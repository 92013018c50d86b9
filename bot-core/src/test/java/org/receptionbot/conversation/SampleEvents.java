package org.receptionbot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.yaml.snakeyaml.Yaml;

/**
 * The sandbox's two bundled samples, as their files stand (dates not laid around today): the national games
 * ({@code sample-event.yml}) and the conference ({@code sample-conference.yml}), with their people and chats.
 */
final class SampleEvents {
    private static final Path DIR = Path.of("..", "config", "src", "main", "resources", "events");

    private SampleEvents() {}

    static Event games() {
        return read("sample-event.yml");
    }

    static Event conference() {
        return read("sample-conference.yml");
    }

    private static Event read(String file) {
        try (InputStream in = Files.newInputStream(DIR.resolve(file))) {
            Map<String, Object> tree = new Yaml().load(in);
            EventReading reading = EventReader.read(file, tree);
            if (reading instanceof EventReading.Invalid invalid) throw new IllegalStateException(invalid.describe());
            return ((EventReading.Valid) reading).event();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
