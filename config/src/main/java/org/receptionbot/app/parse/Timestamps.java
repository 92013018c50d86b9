package org.receptionbot.app.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * ISO date-times with an offset, as {@link OffsetDateTime#parse} reads them. The common form
 * ({@code 2026-11-22T09:30:00+08:00} or {@code …Z}) is read by hand, several times faster; any
 * other form, and every error, goes through {@code OffsetDateTime.parse}.
 */
final class Timestamps {

    private Timestamps() {}

    static Instant parse(String text) throws DateTimeParseException {
        Instant fast = common(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss} then {@code Z} or {@code ±HH:MM}; null for anything else. */
    private static Instant common(String s) {
        int n = s.length();
        if (n != 20 && n != 25) return null;
        if (s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') return null;
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
        int offset = n == 20 ? (s.charAt(19) == 'Z' ? 0 : -1) : offset(s);
        if (year < 0
                || month < 0
                || day < 0
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || offset == -1) return null;
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offset);
    }

    /** The offset in seconds of {@code ±HH:MM} at 19, or -1 (an offset of -1 s is not written so). */
    private static int offset(String s) {
        char sign = s.charAt(19);
        if ((sign != '+' && sign != '-') || s.charAt(22) != ':') return -1;
        int hours = digits(s, 20, 2), minutes = digits(s, 23, 2);
        if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) return -1;
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
