package org.receptionbot.adapters.sandbox;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.summary.Texts;

/** The times {@code :time} takes: 10:05, 11-23 07:30, 2026-11-23 07:30. */
final class PretendTime {
    private static final Pattern WHEN =
            Pattern.compile("(?:(?:(\\d{4})-)?(\\d{1,2})-(\\d{1,2})\\s+)?(\\d{1,2})[:：](\\d{2})");

    private PretendTime() {}

    /** The time meant, in the zone of {@code now} (whose date is taken when none is given), or null. */
    static ZonedDateTime read(String text, ZonedDateTime now) {
        Matcher m = WHEN.matcher(text.strip());
        if (!m.matches()) return null;
        try {
            LocalDate date = now.toLocalDate();
            if (m.group(2) != null) {
                int year = m.group(1) == null ? date.getYear() : Integer.parseInt(m.group(1));
                date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return ZonedDateTime.of(date, time, now.getZone());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 11月22日（周日）10:05 */
    static String show(ZonedDateTime at) {
        return Texts.day(at.toLocalDate()) + Texts.time(at.toLocalTime());
    }
}
