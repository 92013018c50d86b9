package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "明天早上要打包10份早餐 有10个运动员6点就走": people going out early in the morning with packed portions of
 * their own figure go out (to the venue, to warm up), they do not leave the event. Their departure is read as the
 * packed breakfast (a meal count of the portions, which the conversation files as a meal matter for part of a
 * team), never as leaving: {@link MovementPlacing} asks {@link #meal} when it places a departure.
 */
final class PackedLeavers {
    private static final Pattern PACKED =
            Pattern.compile("打个?包\\s*([0-9]{1,3})\\s*份|([0-9]{1,3})\\s*份[^，,。；;！!\\s]{0,4}打个?包");
    /** Before this hour a departure is the early start the packed breakfast is for. */
    private static final int EARLY = 9;

    private PackedLeavers() {}

    /**
     * The morning meal whose packed portions are for the departure {@code c} says of {@code people} at {@code time},
     * or null when it is a departure: the message packs that many portions and the time is early in the morning.
     */
    static String meal(Clause c, Integer people, LocalTime time, Lexicon lexicon) {
        String text = c.text;
        if (people == null || time == null || text.indexOf('打') < 0 || text.indexOf('包') < 0) return null;
        if (!early(c, time, text.indexOf('早') >= 0)) return null;
        Matcher m = PACKED.matcher(text);
        while (m.find())
            if (people == Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)))
                return lexicon.mealOf(DayPart.MORNING);
        return null;
    }

    /**
     * Whether {@code time} is early in the morning: before {@link #EARLY}, or, when the message names the morning
     * (明天早饭打包6份 有6个运动员5点半就要走), an hour said before it with no part of the day (5点半 read as 17:30 by
     * {@link Figures#unmarked}); 20:00 or 晚上8点 are no early start.
     */
    private static boolean early(Clause c, LocalTime time, boolean morning) {
        if (time.getHour() < EARLY) return true;
        if (!morning) return false;
        Mention.Clock clock = c.current(Mention.Clock.class).get(0);
        return clock.hour() < EARLY && Figures.partOf(c, clock) == null;
    }
}
