package org.receptionbot.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The time a text starts with, read by the parser's date and time rules ("明天下午3点半 集合",
 * "11月23日7:30 …", "今晚8点 …"), and what follows it.
 *
 * @param at the instant meant, in the event's time zone
 * @param rest the text after the time, stripped
 */
public record LeadingTime(Instant at, String rest) {

    /** Reads the mentions at the start of {@code text}: days, parts of the day and one clock time. */
    static Optional<LeadingTime> read(MentionScanner scanner, Lexicon lexicon, String text, Instant now) {
        String t = Normalizer.normalize(text);
        LocalDateTime local = LocalDateTime.ofInstant(now, lexicon.event.zone());
        List<Mention> mentions = scanner.scan(t, local.toLocalDate());
        int at = skipSpaces(t, 0);
        LocalDate day = null;
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

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '，')) i++;
        return i;
    }
}
