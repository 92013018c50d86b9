package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * The first of a delegation said to be here, counted, before the ones still to come ({@link ArrivedShort}): "重庆先到41个
 * 还差3个晚上9点的高铁到", "先落地四十个 剩下两个明天到", "我们先来38个", "今天只能到5个 还有一个处长晚上十点的航班". Not when the figure is not right after the verb
 * ("41个先到 明早再报其他", "先到的41个"), nor when a plan is said before it (要先到, 预计先到) or a day, a part of the day or a
 * clock time other than today's stands before the ones short ("明天先到41个").
 */
final class FirstCame {
    /** Verbs of the first ones coming, longest first. */
    private static final String[] FIRST = {"先到达", "先抵达", "先落地", "先到", "先来", "只能到", "只能来", "只到", "只来"};
    /** Words before the verb making it a plan, not a report. */
    private static final String[] PLAN = {"要", "会", "将", "能", "可以", "准备", "计划", "预计", "估计", "打算", "应该", "可能", "争取"};

    private FirstCame() {}

    /** Where the verb of the first ones coming stands before {@code before} with their figure right after it, or -1. */
    static int at(String text, List<Mention> mentions, int before, LocalDate today) {
        for (Mention x : mentions)
            if (x.start() < before
                    && (x instanceof Mention.Clock
                            || x instanceof Mention.Part
                            || x instanceof Mention.Day d && !d.date().equals(today))) return -1;
        for (String w : FIRST)
            for (int at = text.indexOf(w); at >= 0 && at < before; at = text.indexOf(w, at + 1))
                if (!ArrivedWords.saidBefore(text, at, PLAN) && counted(text, mentions, at + w.length(), before))
                    return at;
        return -1;
    }

    /** Whether a figure of people follows {@code at} (past 了 and spaces) before {@code before}. */
    private static boolean counted(String text, List<Mention> mentions, int at, int before) {
        int p = at;
        while (p < before && (text.charAt(p) == '了' || text.charAt(p) == ' ')) p++;
        for (Mention x : mentions)
            if (x instanceof Mention.Count c && c.unit() && c.start() == p && c.end() <= before) return true;
        return false;
    }
}
