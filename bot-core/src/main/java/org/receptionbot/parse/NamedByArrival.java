package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "是厅里刚到的李处", "含今晚到的三个", "今晚到的8位还要再加2间房", "明早到的那位之前报过了": people named by their arrival
 * (the arriving verb, 的, then the people right after it; no clock time of the arrival) say whom a figure, a route or a room is for. When the clause goes on to no
 * arrival of its own after them ("昨晚后到的5个人今早7点20到了" still arrives), it reports no arrival.
 */
final class NamedByArrival {
    /** The people right after 的: a pointing word, a word for people, or a surname with a title (李处, 王局). */
    private static final Pattern PEOPLE = Pattern.compile("(?:那|这)?(?:位|个|几个|几位|些|两位|俩|同志|领导|同事|代表(?![团队])"
            + "|处长|局长|司长|科长|主任|厅长|老师|记者|家属|司机|教练|队员|运动员|人|[\\p{IsHan}&&[^的了在是]](?:处长|局长|科长|司长|主任|处|局|科|总))");

    private NamedByArrival() {}

    /** Whether the clause's arrival only names the people it speaks of, with no arrival of their own after them. */
    static boolean describes(Clause c) {
        int end = c.endOf(Cue.ARRIVE);
        if (end < 0 || end >= c.end || c.text.charAt(end) != '的') return false;
        // 下午2点50到的 40个人都齐了: an arrival at a clock time, said as done.
        int verb = c.at(Cue.ARRIVE);
        for (Mention.Clock k : c.all(Mention.Clock.class)) if (k.end() <= verb && verb - k.end() <= 1) return false;
        int at = end + 1;
        int after = -1;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == at) after = n.end();
        if (after < 0) {
            var m = PEOPLE.matcher(c.text).region(at, c.end);
            if (!m.lookingAt()) return false;
            after = m.end();
        }
        return !c.tail(after).has(Cue.ARRIVE);
    }
}
