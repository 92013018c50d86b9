package org.receptionbot.parse;

import java.time.LocalTime;
import org.receptionbot.record.PartOfDay;

/**
 * A message that says a time of day and nothing else of substance ("下午4点的车", "16:00", "D2282 下午4点",
 * "4点半的D2282"), as {@link BareTimes} reads it with the parser's own readers of clock times, parts of the
 * day and train or flight numbers.
 *
 * @param hour the hour as said (0 to 24), before a part of the day moves it
 * @param minute the minute as said (0 to 59)
 * @param part the part of the day said, or null
 * @param transport the train or flight said, upper-cased, or null
 * @param heading the way the verb said moves people, {@link Heading#EITHER} with none
 */
public record BareTime(int hour, int minute, PartOfDay part, String transport, Heading heading) {

    /** The way a time's verb moves people: 到, 抵达 arrive; 走, 出发, 开, 开车, 离开 leave; none or 的 either. */
    public enum Heading {
        EITHER,
        ARRIVING,
        LEAVING
    }

    /**
     * The clock time meant, by the parser's rule for a report's time: the part of the day said moves the
     * hour (下午4点 is 16:00, 中午1点 13:00); with none, {@code assumed} does (the part of the day of what the
     * time completes, or null); with neither, 1 to 6 o'clock is the afternoon. 24点 is 00:00.
     */
    public LocalTime at(PartOfDay assumed) {
        PartOfDay said = part != null ? part : assumed;
        int h = said == null ? Figures.unmarked(hour) : DayPart.of(said).hour(hour);
        return LocalTime.of(h == 24 ? 0 : h, minute);
    }

    /** Whether a verb of {@code heading} may complete a movement that arrives ({@code arriving}) or leaves. */
    public boolean fits(boolean arriving) {
        return heading == Heading.EITHER || (heading == Heading.ARRIVING) == arriving;
    }

    static Heading heading(String verb) {
        if (verb == null || verb.equals("的")) return Heading.EITHER;
        return verb.equals("到") || verb.equals("抵达") ? Heading.ARRIVING : Heading.LEAVING;
    }
}
