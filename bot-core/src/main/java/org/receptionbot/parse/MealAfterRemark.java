package org.receptionbot.parse;

import java.util.List;

/**
 * "中午25 有10个去比赛场地 | 晚上35", "中午48人不对 是45 有三个跟车先去比赛场地了 | 晚饭48": after a remark on some
 * people (who they are, where they go: why the figure before is what it is), a meal said with its own figure opens a
 * statement of its own, at the space before it ({@link SpaceBreaks}). The remark's figure is its people, never the
 * next meal's count. Right after a figure taken back (不对), the remark and the figure after it are the correction's.
 * A meal said for the whole delegation ("中午回来30个 还有8个在赛场 | 晚饭全部回来") opens one the same way: the people
 * still at the venue are no figure of that meal.
 */
final class MealAfterRemark {
    /** Words that may open the remark before its figure of people. */
    private static final String[] OPENINGS = {"还有", "另有", "有"};
    /** Words of the whole delegation right after a meal: 晚饭全部回来, 晚上都回来吃, 晚饭也全部回来. */
    private static final String[] WHOLE = {"全部", "全体", "全都", "都", "全", "大家", "也全部", "也都", "也全"};

    private MealAfterRemark() {}

    /**
     * Whether the stretch {@code [from, at)} is a remark on people (opening with their figure, maybe after 有, and naming
     * no meal, delegation, vehicle or clock time) and a meal or a part of the day with its figure right after it follows
     * the space at {@code at}.
     */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        return remark(text, from, at, mentions)
                && (mealFigureAt(at + 1, mentions) || mealOfAllAt(text, at + 1, mentions))
                && !correctionBefore(from, hits);
    }

    /**
     * "明天早饭33 不对 | 有3个要早起去比赛 早饭30": right after a figure taken back, the remark says why and the figure after
     * it is the one meant; they stay one statement.
     */
    private static boolean correctionBefore(int from, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits)
            if (h.cue() == Cue.CORRECTION && h.end() <= from && h.end() >= from - 2) return true;
        return false;
    }

    private static boolean remark(String text, int from, int at, List<Mention> mentions) {
        int open = from;
        for (String w : OPENINGS)
            if (text.startsWith(w, open)) {
                open += w.length();
                break;
            }
        boolean people = false;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > at) continue;
            if (m instanceof Mention.Count n && n.unit() && n.start() == open) people = true;
            else if (m instanceof Mention.Part p && !figureRightAfter(p, mentions)) continue;
            else return false;
        }
        return people;
    }

    /** A meal or a part of the day at {@code at} (maybe after its day), with its figure right after it. */
    private static boolean mealFigureAt(int at, List<Mention> mentions) {
        int open = at;
        for (Mention m : mentions) if (m.start() == open && m instanceof Mention.Day) open = m.end();
        for (Mention m : mentions) {
            if (m.start() != open) continue;
            if (m instanceof Mention.Meals || m instanceof Mention.Part) return figureRightAfter(m, mentions);
        }
        return false;
    }

    /** A meal or a part of the day at {@code at} with the whole delegation right after it (晚饭全部回来). */
    private static boolean mealOfAllAt(String text, int at, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() != at || !(m instanceof Mention.Meals || m instanceof Mention.Part)) continue;
            for (String w : WHOLE) if (text.startsWith(w, m.end())) return true;
        }
        return false;
    }

    private static boolean figureRightAfter(Mention meal, List<Mention> mentions) {
        for (Mention m : mentions) if (m instanceof Mention.Count && m.start() == meal.end()) return true;
        return false;
    }
}
