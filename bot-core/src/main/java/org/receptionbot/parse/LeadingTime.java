package org.receptionbot.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a text starts with, read by the parser's date and time rules ("明天下午3点半 集合",
 * "11月23日7:30 …", "今晚8点 …"), and what follows it.
 *
 * @param at the instant meant, in the event's time zone
 * @param rest the text after the time, stripped
 */
public record LeadingTime(Instant at, String rest) {
    /** "12-02 07:30", "12/2 7:30": the month and day as {@code :time} and {@code /export} take them. */
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})(?=\\s)");

    /** Reads the mentions at the start of {@code text}: days, parts of the day and one clock time. */
    static Optional<LeadingTime> read(MentionScanner scanner, Lexicon lexicon, String text, Instant now) {
        String t = Normalizer.normalize(text);
        LocalDateTime local = LocalDateTime.ofInstant(now, lexicon.event.zone());
        List<Mention> mentions = scanner.scan(t, local.toLocalDate());
        int at = skipSpaces(t, 0);
        Matcher said = MONTH_DAY.matcher(t).region(at, t.length());
        LocalDate day = said.lookingAt() ? monthDay(said, local.toLocalDate()) : null;
        if (day != null) at = skipSpaces(t, said.end());
        DayPart part = null;
        Mention.Clock clock = null;
        int previous = -1;
        for (Mention m : mentions) {
            // 今晚 is a day and a part of the day over the same characters.
            boolean sameSpan = m.start() == previous;
            if (m.start() < at && !sameSpan) continue;
            if (!sameSpan && m.start() != at || clock != null) break;
            previous = m.start();
            if (m instanceof Mention.Day d) day = d.date();
            else if (m instanceof Mention.Part p) part = p.part();
            else if (m instanceof Mention.Clock c) clock = c;
            else break;
            at = skipSpaces(t, m.end());
        }
        if (clock == null) return Optional.empty();
        int hour = part == null ? clock.hour() : part.hour(clock.hour());
        if (hour > 23 || clock.minute() > 59) return Optional.empty();
        LocalDateTime when = (day == null ? local.toLocalDate() : day).atTime(LocalTime.of(hour, clock.minute()));
        // "7:30 集合" said in the evening is tomorrow morning.
        if (day == null && !when.isAfter(local)) when = when.plusDays(1);
        return Optional.of(new LeadingTime(
                when.atZone(lexicon.event.zone()).toInstant(),
                text.substring(at).strip()));
    }

    /** The date of the month and day matched (the one nearest {@code today}), or null when there is none. */
    private static LocalDate monthDay(Matcher said, LocalDate today) {
        int month = Integer.parseInt(said.group(1));
        int dayOfMonth = Integer.parseInt(said.group(2));
        if (month < 1
                || month > 12
                || dayOfMonth < 1
                || dayOfMonth > Month.of(month).maxLength()) return null;
        LocalDate date = MonthDay.of(month, dayOfMonth).atYear(today.getYear());
        // 1-03 said in December is the coming January; 12-30 said on 1-02 the last one.
        if (date.isBefore(today.minusMonths(6))) return date.plusYears(1);
        if (date.isAfter(today.plusMonths(6))) return date.minusYears(1);
        return date;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '，')) i++;
        return i;
    }
}
