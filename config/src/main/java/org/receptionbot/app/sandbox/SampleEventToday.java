package org.receptionbot.app.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.app.event.EventFiles;
import org.receptionbot.app.event.EventSource;
import org.receptionbot.app.event.Sample;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bundled sample event laid around today, so that a new user's first messages are inside its
 * dates whatever the date: every date of the file moves by the same whole number of days, so that
 * today is the sample's reference day (the sports games' sixth day, 23 November in the file, the day
 * of the README's examples; the conference's visit day, 9 December).
 */
public final class SampleEventToday {

    /** The day of the default sample's file that becomes today. */
    static final LocalDate REFERENCE_DAY = Sample.GAMES.referenceDay();

    private static final Logger LOG = LoggerFactory.getLogger(SampleEventToday.class);
    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private SampleEventToday() {}

    /** The default sample event with its dates moved so that today, on {@code clock} in the event's zone, is its sixth day. */
    public static EventReading read(Clock clock) {
        return read(clock, Sample.GAMES);
    }

    /** The {@code sample} with its dates moved so that today, on {@code clock} in the event's zone, is its reference day. */
    public static EventReading read(Clock clock, Sample sample) {
        String yaml = text(sample);
        String source = EventSource.describe(null, sample);
        EventReading reference = EventFiles.read(source, new StringReader(yaml));
        if (!(reference instanceof EventReading.Valid valid)) return reference;
        Event event = valid.event();
        long days = ChronoUnit.DAYS.between(sample.referenceDay(), LocalDate.now(clock.withZone(event.zone())));
        if (days == 0) return reference;
        EventReading moved = EventFiles.read(source, new StringReader(shift(yaml, days)));
        if (moved instanceof EventReading.Valid v)
            LOG.info(
                    "示例活动的日期已整体平移{}天，今天是活动第{}天：{}至{}（文件中为{}至{}）/ sample event moved by {} days",
                    days,
                    ChronoUnit.DAYS.between(event.start(), sample.referenceDay()) + 1,
                    v.event().start(),
                    v.event().end(),
                    event.start(),
                    event.end(),
                    days);
        return moved;
    }

    /** Every ISO date in {@code yaml} moved by {@code days}. */
    public static String shift(String yaml, long days) {
        Matcher m = DATE.matcher(yaml);
        StringBuilder out = new StringBuilder();
        while (m.find())
            m.appendReplacement(out, LocalDate.parse(m.group(1)).plusDays(days).toString());
        m.appendTail(out);
        return out.toString();
    }

    private static String text(Sample sample) {
        try (InputStream in = SampleEventToday.class.getClassLoader().getResourceAsStream(sample.resource())) {
            if (in == null) throw new IllegalStateException("the jar has no " + sample.resource());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
