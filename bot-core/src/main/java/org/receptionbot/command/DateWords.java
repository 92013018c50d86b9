package org.receptionbot.command;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as typed in commands: 今天, 明天, 后天, 昨天, 11月23日, 23号, 11-23, 2026-11-23. */
final class DateWords {
    private static final Pattern MONTH_DAY = Pattern.compile("(?:(\\d{4})[-/年])?(\\d{1,2})[-/月](\\d{1,2})[日号]?");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})[日号]");

    private DateWords() {}

    /** The date the word names, relative to {@code today}; empty when it is not a date. */
    static Optional<LocalDate> read(String word, LocalDate today) {
        switch (word) {
            case "今天", "今日", "今" -> {
                return Optional.of(today);
            }
            case "明天", "明日", "明" -> {
                return Optional.of(today.plusDays(1));
            }
            case "后天" -> {
                return Optional.of(today.plusDays(2));
            }
            case "昨天", "昨日" -> {
                return Optional.of(today.minusDays(1));
            }
            default -> {
                return numeric(word, today);
            }
        }
    }

    /**
     * Why {@code word}, written as a date, names none ("没有11月31日"); empty when it is a date or
     * not written as one.
     */
    static Optional<String> impossible(String word, LocalDate today) {
        if (read(word, today).isPresent()) return Optional.empty();
        Matcher m = MONTH_DAY.matcher(word);
        if (m.matches())
            return Optional.of("没有" + (m.group(1) == null ? "" : m.group(1) + "年") + Integer.parseInt(m.group(2)) + "月"
                    + Integer.parseInt(m.group(3)) + "日。");
        Matcher d = DAY.matcher(word);
        if (d.matches()) return Optional.of(today.getMonthValue() + "月没有" + Integer.parseInt(d.group(1)) + "日。");
        return Optional.empty();
    }

    private static Optional<LocalDate> numeric(String word, LocalDate today) {
        try {
            Matcher m = MONTH_DAY.matcher(word);
            if (m.matches()) {
                int year = m.group(1) == null ? today.getYear() : Integer.parseInt(m.group(1));
                return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            Matcher d = DAY.matcher(word);
            if (d.matches()) return Optional.of(today.withDayOfMonth(Integer.parseInt(d.group(1))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
