package org.receptionbot.parse;

import java.util.List;

/**
 * A bus liaison's or driver's line about the bus's errand rather than a count of it: the people it is
 * going to fetch ("13号车去机场接财政部两位了"), its free seats ("3号车还有3个空位"), and a delegation's
 * people boarding a bus that sees people off ("8号车送机的，甘肃两位已上车": they leave, a departure).
 */
final class BusErrands {
    /** Seats, not people: the figure said right before one of these is how many are free. */
    private static final String[] SEATS = {"空位", "空座", "座位", "个位置", "个位子", "位置", "位子", "空余"};
    /** Going to fetch people: the figure after it is who the bus will carry, not who it carries. */
    private static final String[] FETCH = {"去接", "接", "拉"};
    /** Characters after a fetching word that say the people are fetched already (接到, 接上, 拉了). */
    private static final String FETCHED = "到上了齐回着完";
    /** A bus seeing people off, to a plane or a train. */
    private static final String[] SEE_OFF = {"送机", "送站", "送机场", "送车站", "送高铁", "送动车", "送火车站"};
    /** Counting words: with one, the line is a head count all the same. */
    private static final String[] COUNTING = {"实到", "清点", "点名", "人齐", "到齐", "齐了", "共计", "一共"};

    /** Getting off the bus, or an errand that takes people off it for a moment. */
    private static final String[] AWAY = {
        "下车", "下去", "上厕所", "上个厕所", "去厕所", "方便一下", "买水", "买点", "抽烟", "抽根烟", "接电话", "接个电话", "拿东西", "拿个东西"
    };
    /** Coming back to the bus said after it: the people are away for a moment only. */
    private static final String[] BACK = {"回来", "上来", "回车上", "就来", "马上到"};

    private BusErrands() {}

    /**
     * "2号车有个同志在服务区下车上厕所 马上回来", "5号车两位领导下去买点水 一会儿就上来": people off the bus for a moment
     * and coming back, every figure before it and no counting word: talk, no head count, drop-out or departure.
     */
    static boolean brieflyOff(Clause c) {
        if (counting(c)) return false;
        int away = -1;
        for (String w : AWAY) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < c.end && (away < 0 || at < away)) away = at;
        }
        if (away < 0) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() > away) return false;
        int line = c.text.indexOf('\n', away);
        String rest = c.text.substring(away, line < 0 ? c.text.length() : line);
        for (String w : COUNTING) if (rest.contains(w)) return false;
        // 上厕所的回来了: back already is the reason of a recount, not people away now.
        for (String w : BACK) {
            int at = rest.indexOf(w);
            if (at >= 0 && !rest.startsWith("了", at + w.length())) return true;
        }
        return false;
    }

    /** "3号车还有3个空位", "5号车还剩2个空座": the clause's figures are seats. */
    static boolean seatsFree(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            int after = n.end();
            while (after < c.end && " 个".indexOf(c.text.charAt(after)) >= 0 && !startsSeat(c.text, after)) after++;
            if (!startsSeat(c.text, after)) return false;
        }
        return !c.all(Mention.Count.class).isEmpty();
    }

    private static boolean startsSeat(String text, int at) {
        for (String s : SEATS) if (text.startsWith(s, at)) return true;
        return false;
    }

    /**
     * "13号车去机场接财政部两位了", "14号车去东站接住建部三位领导": the bus on its way to fetch people, its
     * figure after the fetching word and no counting word: no count yet.
     */
    static boolean fetching(Clause c, Mention.Vehicle v) {
        if (counting(c)) return false;
        int fetch = -1;
        for (String w : FETCH) {
            int at = c.text.indexOf(w, v.end());
            // 接到, 接上, 拉了: the people are fetched already, and may be counted.
            int after = at + w.length();
            if (at < 0 || after < c.text.length() && FETCHED.indexOf(c.text.charAt(after)) >= 0) continue;
            if (at < c.end && (fetch < 0 || at < fetch)) fetch = at;
        }
        if (fetch < 0) return false;
        java.util.List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.isEmpty()) return false;
        for (Mention.Count n : counts) if (n.start() < fetch) return false;
        return true;
    }

    /**
     * "(8号车送机的，)甘肃两位已上车": one delegation's people boarding the bus named before, which the message
     * says sees people off, with no counting word: those people leave.
     */
    static boolean boardedToLeave(Clause c, ClauseState state) {
        java.util.List<Mention.Team> teams = c.all(Mention.Team.class);
        java.util.List<Mention.Vehicle> here = c.all(Mention.Vehicle.class);
        Mention.Vehicle v = here.isEmpty() ? state.vehicle() : here.get(0);
        if (v == null
                || here.size() > 1
                || teams.size() != 1
                || c.all(Mention.Count.class).size() != 1) return false;
        if (counting(c) || c.question) return false;
        Mention.Count n = c.all(Mention.Count.class).get(0);
        int board = c.text.indexOf("上车", n.end());
        if (board < 0
                || board >= c.end
                || n.start() < teams.get(0).end()
                || teams.get(0).start() < v.end()) return false;
        for (String w : SEE_OFF) {
            int at = c.text.indexOf(w, v.end());
            if (at >= 0 && at < teams.get(0).start()) return true;
        }
        return false;
    }

    /** Counting words that make a bus seeing people off a head count all the same (送站实到37人). */
    private static final String[] COUNTED_ABOARD = {"实到", "清点", "点名", "人齐", "到齐", "齐了", "上车", "车上", "上齐"};

    /**
     * "北京明天上午10点 10号车送站 全团42人": a bus to see people off at a clock time, with the people's figure
     * and no counting word: the figure is of those who leave then, no count of the bus.
     */
    static boolean seesOffAt(Clause c) {
        java.util.List<Mention.Vehicle> here = c.all(Mention.Vehicle.class);
        if (here.isEmpty() || c.question || c.all(Mention.Count.class).isEmpty()) return false;
        if (c.all(Mention.Clock.class).isEmpty()) return false;
        String s = c.span();
        for (String w : COUNTED_ABOARD) if (s.contains(w)) return false;
        return seeOffAfter(c.text, here.get(here.size() - 1).end());
    }

    /** Whether a word of seeing people off (送站, 送机) is said at {@code at} or one character on (10号车 送站). */
    static boolean seeOffAfter(String text, int at) {
        for (String w : SEE_OFF) if (text.startsWith(w, at) || text.startsWith(w, at + 1)) return true;
        return false;
    }

    /** "北京明天上午10点 10号车送站": right after a space, a vehicle seeing people off, no counting word on its line. */
    static boolean seeingOffNext(String text, int at, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() <= at) continue;
            if (!(m instanceof Mention.Vehicle v) || v.start() != at + 1 || !seeOffAfter(text, v.end())) return false;
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end);
            for (String w : COUNTED_ABOARD) if (line.contains(w)) return false;
            return true;
        }
        return false;
    }

    /** Whether a clause of the message is only a bus's errand ({@link #seatsFree}, {@link #fetching}). */
    static boolean said(java.util.List<Clause> clauses) {
        for (Clause c : clauses) {
            java.util.List<Mention.Vehicle> v = c.all(Mention.Vehicle.class);
            if (v.size() == 1 && (seatsFree(c) || fetching(c, v.get(0))) || brieflyOff(c)) return true;
        }
        return false;
    }

    private static boolean counting(Clause c) {
        String s = c.span();
        for (String w : COUNTING) if (s.contains(w)) return true;
        return false;
    }
}
