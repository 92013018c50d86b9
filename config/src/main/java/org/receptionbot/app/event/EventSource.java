package org.receptionbot.app.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.receptionbot.event.EventReading;

/** Where the bot's event comes from: the configured file, or the sample event bundled in the jar. */
public final class EventSource {

    /** The bundled sample event, a sports games of 32 delegations with sandbox people and chats. */
    public static final String SAMPLE = "events/sample-event.yml";

    private EventSource() {}

    /** Reads and checks the event file, or the bundled sample when {@code file} is null. */
    public static EventReading read(Path file) {
        return file == null ? sample() : EventFiles.load(file);
    }

    /** The name problems and logs give the source. */
    public static String describe(Path file) {
        return file == null
                ? "classpath:" + SAMPLE
                : file.toAbsolutePath().normalize().toString();
    }

    private static EventReading sample() {
        try (InputStream in = EventSource.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + SAMPLE);
            }
            return EventFiles.read(describe(null), new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
