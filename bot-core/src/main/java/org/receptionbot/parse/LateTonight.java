package org.receptionbot.parse;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * A movement of today said late now ("云南飞机又晚点了 九点半才落地" at 18:50, "湖南的航班延误了 8点到", "我们10点20才到"),
 * its hour said with no part of the day (7 to 11 o'clock) and hours past as said: a delay said now can only land
 * later than now, so the hour is the evening's (21:30). A movement said done ("九点半已经落地了"), an old plan
 * ("原来9点到"), a part of the day said ("上午九点半") or a day said ("明早九点半到") keeps the hour as said, and so
 * does a time just past, a report of what has just happened ("K356晚点了 现在说是7点10分到" at 08:00). The journey said
 * under way now before the hour ("内蒙古落地了 5个人 大概9点到山庄" at 20:12, "刚下飞机，九点半能到酒店") is the same: the
 * hour still ahead is the evening's, unless its own verb is said done (落地了 9点到的).
 */
final class LateTonight {
    /** How long before now an hour as said must be to be no report of what has just happened. */
    private static final int HOURS_PAST = 2;
    /**
     * 晚点/延误 of a journey: followed by 了, a stop or the amount late (晚点40分钟), not 晚点报 or 晚点退房; or later again
     * (又晚了, 又推迟了: the ride already late, later still).
     */
    private static final Pattern DELAYED = Pattern.compile(
            "(?<![会能要可])(?:晚点|延误)(?=了|[,，。;；!！ \\n]|$|[0-9０-９一二两三四五六七八九十半]+(?:分钟|个小时|小时|个钟))" + "|又要?(?:晚|推迟|延迟|延后)了");
    /** The journey under way now: landed, off the plane or the train, on the bus, set off, on the road. */
    private static final Pattern UNDER_WAY = Pattern.compile("(?<![没未要会才能将还])(?:落地|下飞机|下高铁|下火车|出站|上车|上大巴|出发)(?:了|啦)"
            + "|(?:已经?|刚刚?)(?:落地|下飞机|下高铁|下火车|出站|上车|上大巴|出发)|在路上|路上了");
    /** Between a clock time and its verb, "not until" (九点半才落地, 9点才能到). */
    private static final Pattern NOT_UNTIL = Pattern.compile("^(?:钟|左右)?才");

    private LateTonight() {}

    /**
     * The time of the clause's movement of today: {@code time} moved into the evening when the clause says a movement
     * late now whose hour, said with no part of the day, is hours past; else {@code time} as it is.
     */
    static LocalTime of(Clause c, Draft.Kind kind, LocalTime time, LocalDateTime now) {
        if (time == null || c.question || time.getHour() < 7 || time.getHour() > 11) return time;
        if (!time.plusHours(HOURS_PAST).isBefore(now.toLocalTime())) return time;
        Mention.Clock clock = CheckOutClocks.movementClock(c, c.current(Mention.Clock.class));
        if (clock == null || clock.hour() != time.getHour() || Figures.partOf(c, clock) != null) return time;
        // 晚宴湖南报4个人哈第二批那三个高铁7点40才到: a meal's report in the same statement, its figure not the movement's.
        if (old(c, clock) || !c.all(Mention.Meals.class).isEmpty()) return time;
        // 内蒙古落地了 大概9点到山庄 (at 20:12): the journey said under way now, the coming at the hour still ahead
        if (underWay(c, clock)) return done(c.tail(clock.start()), kind) ? time : time.plusHours(12);
        if (done(c, kind)) return time;
        return delayed(c, clock) ? time.plusHours(12) : time;
    }

    /**
     * The journey said under way now before the clock ("落地了", "刚下飞机", "已经上车了", "出发了", "在路上"), and the clock's
     * own verb after it still ahead (大概9点到山庄, 9点左右能到).
     */
    private static boolean underWay(Clause c, Mention.Clock clock) {
        return UNDER_WAY.matcher(c.text.substring(0, clock.start())).find();
    }

    private static boolean delayed(Clause c, Mention.Clock clock) {
        if (NOT_UNTIL.matcher(c.text.substring(clock.end(), c.end)).find()) return true;
        return TicketChange.changed(c, null)
                || DELAYED.matcher(c.text.substring(0, c.end)).find();
    }

    /** "九点半已经落地了", "9点半到的", "刚到": the movement said done. */
    private static boolean done(Clause c, Draft.Kind kind) {
        String said = c.span();
        if (said.contains("已") || said.contains("刚")) return true;
        int end = c.endOf(kind == Draft.Kind.ARRIVAL ? Cue.ARRIVE : Cue.DEPART);
        return end > 0 && end < c.end && (c.text.charAt(end) == '了' || c.text.charAt(end) == '的');
    }

    /** A word of the old plan (原来, 原定: {@link Cue#PLANNED}) right before the clock time (原来9点到). */
    private static boolean old(Clause c, Mention.Clock clock) {
        int at = c.at(Cue.PLANNED);
        return at >= 0 && at < clock.start() && at >= clock.start() - 4;
    }
}
