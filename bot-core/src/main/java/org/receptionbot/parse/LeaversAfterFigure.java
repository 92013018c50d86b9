package org.receptionbot.parse;

import java.util.List;

/**
 * "福建早点22个 先走的十个不吃", "河南中午33人 走了六个嘛", "中午河南只有25个人吃 有十几个人跟车先走了",
 * "明早早饭30人 我们明天下午也走了", "早饭改29个 俩睡过头了": after a meal's figure, past a space, people of the delegation named by their
 * move, people counted as they leave, some of them (有十几个人), or the delegation's own later day open a
 * statement of their own: the figure stays the meal's and is never the movement's.
 */
final class LeaversAfterFigure {
    /** What may follow the meal's figure before the space: its eating, a particle, an emoji. */
    private static final String TAIL = "人吃哈吧啊呀的了";
    /** One character that may come before a movement verb naming the people (先走的, 又到的). */
    private static final String BEFORE_VERB = "先后刚又已";

    private LeaversAfterFigure() {}

    /** Whether the statement before the space at {@code at} ends with a meal's figure and leavers follow it. */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        return MealsAroundSpace.mealFigureLast(text, from, at, mentions, TAIL)
                && leaversAt(text, at + 1, mentions, hits);
    }

    private static boolean leaversAt(String text, int s, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (s >= text.length()) return false;
        int p = text.startsWith("我们", s) || text.startsWith("咱们", s) ? s + 2 : s;
        Mention first = firstFrom(p, mentions);
        // 我们明天下午也走了: the delegation's own later day.
        if (p > s && first instanceof Mention.Day && first.start() == p) return true;
        if (text.charAt(s) == '有' && first instanceof Mention.Vague && first.start() == s + 1) return true;
        // 俩睡过头了: two of them, and what keeps them away.
        if ((text.charAt(s) == '俩' || text.charAt(s) == '仨') && s + 1 < text.length() && text.charAt(s + 1) != ' ')
            return true;
        for (CueTable.Hit h : hits) {
            if (h.start() > s + 1) break;
            if (h.start() < s || h.cue() != Cue.DEPART && h.cue() != Cue.ARRIVE) continue;
            if (h.start() == s + 1 && BEFORE_VERB.indexOf(text.charAt(s)) < 0) continue;
            // 先走的十个, 走的那十五个: people named by their move.
            if (h.end() < text.length() && text.charAt(h.end()) == '的') return true;
            // 走了六个: people counted as they leave.
            int after = h.end() < text.length() && text.charAt(h.end()) == '了' ? h.end() + 1 : h.end();
            Mention next = firstFrom(h.end(), mentions);
            if (next instanceof Mention.Count n && n.start() == after && n.unit()) return true;
        }
        return false;
    }

    private static Mention firstFrom(int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() >= at) return m;
        return null;
    }
}
