package org.receptionbot.app.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.receptionbot.app.ReceptionProperties;
import org.receptionbot.app.event.EventSource;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReading;

/**
 * Which event a store holds: the event's name and dates, and where it was read from. Two identities
 * are the same event when name and dates agree; the source only helps the operator. A bundled sample
 * laid around today keeps the dates of its file, so that it stays the same event from day to day.
 *
 * @param name the event's name ({@code event.name})
 * @param start its first day (a sample's as in its file)
 * @param end its last day (a sample's as in its file)
 * @param source the event file's absolute path, or the bundled sample's setting
 */
public record EventIdentity(String name, LocalDate start, LocalDate end, String source) {

    public EventIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /** The identity of the event the bot runs, {@code event}, read as {@code reception} says. */
    public static EventIdentity of(Event event, ReceptionProperties reception) {
        Path file = reception.eventFile();
        if (file != null) {
            return new EventIdentity(
                    event.name(),
                    event.start(),
                    event.end(),
                    file.toAbsolutePath().normalize().toString());
        }
        Event asInFile =
                EventSource.read(null, reception.sample()) instanceof EventReading.Valid valid ? valid.event() : event;
        return new EventIdentity(
                event.name(),
                asInFile.start(),
                asInFile.end(),
                "内置示例活动 --reception.sample=" + reception.sample().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether {@code other} is this event: the same name and dates, wherever each was read from. */
    public boolean sameEvent(EventIdentity other) {
        return name.equals(other.name) && Objects.equals(start, other.start) && Objects.equals(end, other.end);
    }

    /** How messages name it: “name”（start至end，source）. */
    public String describe() {
        String dates = start == null || end == null ? "日期不详" : start + "至" + end;
        return "“" + name + "”（" + dates + "，" + source + "）";
    }

    /** The stored form: four lines, name, start, end and source. */
    public String write() {
        return String.join("\n", oneLine(name), String.valueOf(start), String.valueOf(end), oneLine(source));
    }

    /** Reads the stored form; a value in no known form is kept whole as the name, without dates. */
    public static EventIdentity read(String stored) {
        String[] lines = stored.split("\n", -1);
        if (lines.length != 4) return new EventIdentity(oneLine(stored), null, null, "来源不详");
        return new EventIdentity(lines[0], date(lines[1]), date(lines[2]), lines[3]);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
