package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "明天早上要打包10份早餐 有10个运动员6点就走", "明早打包早餐10份 有10个运动员一早就走": people going out early in
 * the morning with packed portions of their own figure go out (to the venue, to warm up), they do not leave the
 * event, in either order and with the meal named on either side of the portions. Their departure is read as the
 * packed breakfast (a meal count of the portions, which the conversation files as a meal matter for part of a
 * team), never as leaving: {@link MovementPlacing} asks {@link #meal} when it places a departure. A ticket, a
 * station or an airport, a ride at its hour ("一早走 6点的车"), or a home city gone back to ("5点半就走了坐G1234回贵阳",
 * "6点就回武汉了") makes them leavers all the same: the trip home, with their breakfast packed for the road.
 */
final class PackedLeavers {
    private static final Pattern PACKED = Pattern.compile(
            "打个?包(?:带走)?的?(?:[早午中晚][餐饭]|早点)?\\s*([0-9]{1,3})\\s*份|([0-9]{1,3})\\s*份[^，,。；;！!\\s]{0,4}打个?包");
    /** Words of the trip home: a ticket's or a terminal's, or of leaving the event by name. */
    private static final String[] HOMEWARD = {
        "机场", "班机", "车站", "高铁站", "火车站", "动车站", "航班", "飞机", "高铁", "动车", "火车", "返程", "回程", "离会", "送站", "送机"
    };
    /** A ride taken at its hour (6点的车, 六点半的车): a scheduled trip, as a ticket is. */
    private static final Pattern RIDE_AT_HOUR = Pattern.compile("点[0-9零一二三四五六七八九十半刻分]*的车(?![队间])");
    /** An early start said with no clock time (一早就走, 天不亮就出发). */
    private static final String[] EARLY_WORDS = {"一早", "一大早", "大清早", "清早", "早早", "天不亮", "天一亮"};
    /** Before this hour a departure is the early start the packed breakfast is for. */
    private static final int EARLY = 9;

    private PackedLeavers() {}

    /**
     * The morning meal whose packed portions are for the departure {@code c} says of {@code people} at {@code time},
     * or null when it is a departure: the message packs that many portions and the time is early in the morning.
     */
    static String meal(Clause c, Integer people, LocalTime time, String transport, Lexicon lexicon) {
        String text = c.text;
        if (people == null || transport != null || text.indexOf('打') < 0 || text.indexOf('包') < 0) return null;
        if (time == null ? !saysEarly(c) : !early(c, time, text.indexOf('早') >= 0)) return null;
        if (homeward(c)) return null;
        Matcher m = PACKED.matcher(text);
        while (m.find())
            if (people == Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)))
                return lexicon.mealOf(DayPart.MORNING);
        return null;
    }

    /**
     * Whether {@code people} is said in the clause only as packed portions (打包15份), never as people (15人, 15个): the
     * portions' eaters, not a figure of people leaving.
     */
    static boolean portionsOnly(Clause c, Integer people) {
        if (people == null
                || c.has(Cue.CHANGE)
                || c.span().contains("提前")
                || c.span().contains("改")) return false;
        Matcher m = PACKED.matcher(c.text);
        boolean portions = false;
        while (m.find()) portions |= people == Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        return portions
                && !Pattern.compile("(?<![0-9])" + people + "\\s*(?:个|人|位|名)")
                        .matcher(c.text)
                        .find();
    }

    /** 有10个运动员一早就走: the early start said in words, in the departure's own statement. */
    private static boolean saysEarly(Clause c) {
        String span = c.span();
        for (String w : EARLY_WORDS) if (span.contains(w)) return true;
        return false;
    }

    /**
     * The message speaks of the trip home (坐G1234, 去机场, 返程, 走 6点的车) or the departure goes back to a city
     * (回武汉).
     */
    private static boolean homeward(Clause c) {
        for (String w : HOMEWARD) if (c.text.contains(w)) return true;
        if (RIDE_AT_HOUR.matcher(c.text).find()) return true;
        return VisitDropOutLeavers.goesHome(c);
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
