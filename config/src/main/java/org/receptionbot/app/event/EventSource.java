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

    /** The default bundled sample event, a sports games of 32 delegations with sandbox people and chats. */
    public static final String SAMPLE = Sample.GAMES.resource();

    private EventSource() {}

    /** Reads and checks the event file, or the default bundled sample when {@code file} is null. */
    public static EventReading read(Path file) {
        return read(file, Sample.GAMES);
    }

    /** Reads and checks the event file, or the bundled {@code sample} when {@code file} is null. */
    public static EventReading read(Path file, Sample sample) {
        return file == null ? sample(sample) : EventFiles.load(file);
    }

    /** The name problems and logs give the source. */
    public static String describe(Path file) {
        return describe(file, Sample.GAMES);
    }

    /** The name problems and logs give the source: the file, or the bundled {@code sample}. */
    public static String describe(Path file, Sample sample) {
        return file == null
                ? "classpath:" + sample.resource()
                : file.toAbsolutePath().normalize().toString();
    }

    private static EventReading sample(Sample sample) {
        try (InputStream in = EventSource.class.getClassLoader().getResourceAsStream(sample.resource())) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + sample.resource());
            }
            return EventFiles.read(describe(null, sample), new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
