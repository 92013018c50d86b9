package org.receptionbot.parse;

import java.util.List;

/**
 * "甘肃晚了一分钟 午饭4个可以吗😅", "晚饭6个人行吗", "黑龙江中午31个人还能报吗": a meal's own figure, then whether it is
 * still accepted, asked right after it: the figure is reported all the same, and the question is a statement apart
 * that asks nothing to record. A change asked for (加4个可以吗) stays one question.
 */
final class FigureAskedOk {
    /** Words asking whether the figure is still accepted. */
    private static final String[] OK_ASKED = {
        "可以吗", "可以不", "行吗", "行不行", "可不可以", "来得及吗", "没问题吧", "还行吗", "还来得及吗", "还能报吗", "能报吗", "还可以报吗", "还能报不"
    };

    private FigureAskedOk() {}

    /** Where the question starts in {@code [from, to)}, right after a meal's figure; or -1. */
    static int turn(String text, int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean meal = false;
        for (Mention m : mentions) {
            if (m.end() <= from) continue;
            if (m.start() >= to) break;
            meal |= m instanceof Mention.Meals || m instanceof Mention.Part;
            if (!meal || !(m instanceof Mention.Count)) continue;
            // 31个人还能报吗: the figure's word of people before the question is the figure's.
            int at = m.end() < to && text.charAt(m.end()) == '人' ? m.end() + 1 : m.end();
            for (String w : OK_ASKED)
                if (text.startsWith(w, at) && unchanged(from, at, hits) && endsAfter(text, at + w.length(), to))
                    return at;
        }
        return -1;
    }

    /** No word of a change (加, 少, 不吃) before the figure: the figure is the meal's own. */
    private static boolean unchanged(int from, int at, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits)
            if (h.start() >= from
                    && h.end() <= at
                    && (h.cue() == Cue.ADD || h.cue() == Cue.FEWER || h.cue() == Cue.CANCEL)) return false;
        return true;
    }

    /** Nothing but marks or an emoji after the question, up to the end of the statement. */
    private static boolean endsAfter(String text, int at, int to) {
        for (int i = at; i < to; i++) if (Normalizer.isHan(text.charAt(i))) return false;
        return true;
    }
}
