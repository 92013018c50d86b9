package org.receptionbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "今天|明天|后天 HH:MM" or "M月D日 HH:MM" (or "H点[M分]") in the event's zone, until the
 * parser's date-time reader is wired in its place.
 */
public final class SimpleDueTimes implements DueTimes {

    private static final Pattern TIME = Pattern.compile(
            "^\\s*(?:(今天|明天|后天)|(\\d{1,2})月(\\d{1,2})[日号])?\\s*(\\d{1,2})(?:[:：](\\d{2})|点(?:(\\d{1,2})分?|半)?)\\s*(.*)$",
            Pattern.DOTALL);

    private final ZoneId zone;

    public SimpleDueTimes(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Optional<Due> read(String text, Instant now) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) return Optional.empty();
        try {
            return due(m, now, text);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Due> due(Matcher m, Instant now, String text) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate date = m.group(2) != null
                ? LocalDate.of(today.getYear(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : today.plusDays(m.group(1) == null ? 0 : "今天明天后天".indexOf(m.group(1)) / 2);
        int hour = Integer.parseInt(m.group(4));
        int minute = m.group(5) != null
                ? Integer.parseInt(m.group(5))
                : m.group(6) != null ? Integer.parseInt(m.group(6)) : text.contains("点半") ? 30 : 0;
        if (hour > 23 || minute > 59) return Optional.empty();
        return Optional.of(new Due(
                date.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant(),
                m.group(7).strip()));
    }
}
