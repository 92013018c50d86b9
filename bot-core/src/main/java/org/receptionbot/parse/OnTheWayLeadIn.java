package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A phrase about being on the way said before a meal's figure, typed as a run-on with no punctuation ("回来路上了
 * 中午江苏25个 晚上也25", "快到了 中午江苏25个", "刚比完赛 在往回赶 中午25个"): the phrase reports nothing and asks
 * nothing (being on the way back from a venue is no arrival), and the meals after it are read as if it were not there.
 * Only a stretch that is the phrase alone is one; a phrase with a time, a figure or a train is a movement of its own,
 * and one with no meal after it ("快到了 还有10分钟 35个人") stays what it says. Used by {@link Statements}.
 */
final class OnTheWayLeadIn {

    private OnTheWayLeadIn() {}

    private static final String WHO = "(?:我们|大家|全队|队伍)?";
    private static final String SO_FAR = "(?:已经|刚刚|刚|正|正在|现在)?";

    /** 在回来的路上了, 在从场馆回来的车上, 回来路上了, 在路上了: on the road or the bus (back). */
    private static final Pattern ON_ROAD =
            Pattern.compile(WHO + SO_FAR + "在?(?:从[^\\s\\d]{1,6}?)?(?:回来|往回走|回酒店|回宾馆)?的?(?:路上|车上)了?(?:呢|啦)?");

    /** 往回走了, 在往回赶, 往回赶了: heading back. */
    private static final Pattern HEADING_BACK = Pattern.compile(WHO + SO_FAR + "在?(?:往回|回)(?:走|赶)(?:了|呢)?");

    /** 快到了, 马上到了: nearly there, with no time or figure. */
    private static final Pattern NEARLY = Pattern.compile(WHO + SO_FAR + "(?:快|马上|就快)到了(?:啊|呀)?");

    /** 刚比完赛, 比赛刚结束: the match over, the reason for being on the way. */
    private static final Pattern MATCH_OVER = Pattern.compile("(?:刚刚|刚)?(?:比完赛|比赛完|比完|比赛刚?结束)了?");

    /**
     * Whether the space at {@code at} ends an on-the-way phrase that is the whole stretch {@code [from, at)}, with a
     * meal's statement after it (past more such phrases): the stretch is then no statement at all.
     */
    static boolean before(String text, int from, int at, List<Mention> mentions) {
        if (!phrase(text, from, at)) return false;
        int pos = at + 1;
        while (pos < text.length()) {
            int end = segmentEnd(text, pos);
            if (!phrase(text, pos, end)) return mealOpens(pos, end, mentions);
            if (end >= text.length() || text.charAt(end) != ' ') return false;
            pos = end + 1;
        }
        return false;
    }

    /** Whether {@code [from, to)} is an on-the-way phrase alone. */
    static boolean phrase(String text, int from, int to) {
        if (to <= from || !anyOf(text, from, to, "上回到比")) return false;
        String said = text.substring(from, to).strip();
        // Each pattern needs one character of its own: 上 (路上, 车上), 回, 到 (到了), 比 (比完, 比赛).
        return said.indexOf('上') >= 0 && ON_ROAD.matcher(said).matches()
                || said.indexOf('回') >= 0 && HEADING_BACK.matcher(said).matches()
                || said.indexOf('到') >= 0 && NEARLY.matcher(said).matches()
                || said.indexOf('比') >= 0 && MATCH_OVER.matcher(said).matches();
    }

    private static boolean anyOf(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) if (chars.indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    private static int segmentEnd(String text, int pos) {
        int end = pos;
        while (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) end++;
        return end;
    }

    /**
     * "中午江苏25个", "江苏中午25个", "北京中午35个": a meal, maybe after the delegation or the day, opens the statement at
     * {@code from}, with no clock time or train in it (a movement).
     */
    private static boolean mealOpens(int from, int to, List<Mention> mentions) {
        boolean opened = false;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > to) continue;
            if (m instanceof Mention.Clock || m instanceof Mention.Transport) return false;
            if (opened) continue;
            if (m instanceof Mention.Meals || m instanceof Mention.Part) opened = true;
            else if (!(m instanceof Mention.Team || m instanceof Mention.Day)) return false;
        }
        return opened;
    }
}
