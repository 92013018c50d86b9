package org.receptionbot.parse;

import java.util.List;

/** Where a statement about one meal ends and the next meal's begins, with no punctuation between them. */
final class MealTurns {

    private MealTurns() {}

    /**
     * "浙江中午36晚上30宵夜不要", "早上吃饭四十八个人中午不回来吃了", "晚饭47后天早饭47", "晚上38明天38": a meal,
     * its figure, then another meal (or a day with its meal, or a day with a bare figure) right after the figure
     * turns to a new statement there;
     * the position, or -1.
     */
    static int afterFigure(String text, int from, int to, List<Mention> mentions) {
        boolean meal = false;
        boolean onlyPart = true;
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() < from || m.end() > to) continue;
            if (meal(m)) meal = true;
            if (m instanceof Mention.Meals) onlyPart = false;
            Mention next = mentions.get(i + 1);
            if (meal
                    && !(onlyPart && lateNightLast(text, next, to))
                    && m instanceof Mention.Count
                    && next.end() <= to
                    && onlyParticles(m.end(), next.start(), text)
                    // 那2位的午饭: the people of the figure own the meal after 的; no turn.
                    && !(next instanceof Mention.Meals && text.startsWith("的", m.end()) && next.start() == m.end() + 1)
                    && (meal(next) || dayOfMeal(mentions, i + 1) || DayFigure.at(text, next.start(), mentions))
                    && !LeaversMeal.moversTimed(text, n(m), i, mentions, to)) return next.start();
        }
        return -1;
    }

    /**
     * "晚上8个人宵夜": with only a part of the day before the figure, a late-night meal word that ends the
     * statement is the meal the figure is for (the part of the day is its time), not a new statement.
     */
    private static boolean lateNightLast(String text, Mention next, int to) {
        if (!(next instanceof Mention.Meals)) return false;
        int at = next.start();
        if (!text.startsWith("宵夜", at) && !text.startsWith("夜宵", at) && !text.startsWith("夜餐", at)) return false;
        for (int i = next.end(); i < to; i++) if ("吧了啊呀呢的。，,.! ".indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    /** 后天早饭, 明早: the mention at {@code i} is a day with a meal or a part of the day at it or right after it. */
    private static boolean dayOfMeal(List<Mention> mentions, int i) {
        Mention day = mentions.get(i);
        if (!(day instanceof Mention.Day) || i + 1 >= mentions.size()) return false;
        Mention after = mentions.get(i + 1);
        return meal(after) && (after.start() == day.start() || after.start() == day.end());
    }

    /** "三十个报吧晚上…": between a figure and the next meal, at most a few particles (报, 吧, 了, 啊). */
    private static boolean onlyParticles(int from, int to, String text) {
        if (to - from > 3) return false;
        for (int i = from; i < to; i++) if ("报吧了啊呀呢的，, ".indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    /**
     * "早饭不吃中午照常", "中午不吃晚上照常": a cancellation or an "as planned" right after a meal, then
     * another meal, turns to a new statement there; the position, or -1.
     */
    static int afterWord(String text, int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) {
            if (h.start() < from || h.end() > to || h.cue() != Cue.CANCEL && h.cue() != Cue.AS_PLANNED) continue;
            Mention before = null;
            Mention next = null;
            for (Mention m : mentions) {
                if (m.start() >= from && m.end() <= h.start() && meal(m)) before = m;
                if (next == null && m.start() >= h.end() && m.start() <= h.end() + 1 && m.end() <= to && meal(m))
                    next = m;
            }
            if (before == null) continue;
            int change = changeToMeal(h.end(), to, mentions, hits);
            if (change > 0) return change;
            int trip = tripAfter(text, h.end(), to, mentions);
            if (trip > 0) return trip;
            if (next == null) continue;
            boolean parts = before instanceof Mention.Part p && next instanceof Mention.Part q && p.part() != q.part();
            if (before instanceof Mention.Meals || parts) return next.start();
        }
        return -1;
    }

    /**
     * "今晚宵夜不吃了 改成明天早饭多加5个": right after a cancellation, a change word (改成, 换成) that
     * names a day or a meal at once opens a new statement about that meal; the position of the change
     * word, or -1. Not when the message moves people (a trip cancelled and moved to another day).
     */
    private static int changeToMeal(int after, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        // 明天晚上8点半那趟取消了 改成后天早上7点10分到: a trip changed, no meal.
        for (Mention m : mentions) if (m.start() < to && m instanceof Mention.Clock) return -1;
        for (CueTable.Hit h : hits) if (h.start() < to && (h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE)) return -1;
        for (CueTable.Hit h : hits) {
            if (h.start() < after || h.start() > after + 2 || h.end() >= to || h.cue() != Cue.CHANGE) continue;
            for (Mention m : mentions)
                if (m.start() == h.end() && (meal(m) || m instanceof Mention.Day)) return h.start();
        }
        return -1;
    }

    /**
     * "早饭不吃了 全团26人坐G1722 8点10分": after a cancellation and a space, people with a train or
     * flight (and no meal) are the trip's own statement; the position after the space, or -1.
     */
    private static int tripAfter(String text, int after, int to, List<Mention> mentions) {
        int at = after;
        while (at < to && "了啦的".indexOf(text.charAt(at)) >= 0) at++;
        if (at >= to || text.charAt(at) != ' ') return -1;
        boolean trip = false;
        for (Mention m : mentions) {
            if (m.start() <= at || m.end() > to) continue;
            if (meal(m)) return -1;
            trip |= m instanceof Mention.Transport;
        }
        return trip ? at + 1 : -1;
    }

    /**
     * "…K1158全团离开午饭照常晚饭不吃": a meal word right after a movement verb, with its own "as planned"
     * or cancellation right after it, turns to a new statement there; the position, or -1.
     */
    static int afterMovement(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (Mention m : mentions) {
            if (m.start() <= from || m.end() > to || !(m instanceof Mention.Meals)) continue;
            boolean moved = false;
            boolean own = false;
            for (CueTable.Hit h : hits) {
                if (h.start() > m.end()) break;
                moved |= h.end() == m.start() && (h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE);
                own |= h.start() == m.end() && (h.cue() == Cue.AS_PLANNED || h.cue() == Cue.CANCEL);
            }
            if (moved && own) return m.start();
        }
        return -1;
    }

    /**
     * "晚饭在土家山寨吃 然后宵夜不用": a meal with its own eating word ends its statement at the space when
     * another meal follows (after 然后 at most); the later meal's words are its own.
     */
    static boolean eatenThenMeal(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean meal = false;
        for (Mention m : mentions) meal |= m.start() >= from && m.end() <= at && meal(m);
        boolean eaten = false;
        for (CueTable.Hit h : hits) eaten |= h.start() >= from && h.end() == at && h.cue() == Cue.EAT;
        if (!meal || !eaten) return false;
        int next = at + 1;
        for (CueTable.Hit h : hits) if (h.start() == next && h.cue() == Cue.THEN) next = h.end();
        for (Mention m : mentions) if (m.start() == next && meal(m)) return true;
        return false;
    }

    /**
     * "今天中午。32人。": a full stop between a meal (or part of the day) and a figure of people that is a
     * statement of nothing else; the figure is that meal's.
     */
    static boolean figureStopsApart(String text, int at, List<Mention> mentions) {
        boolean meal = false;
        for (Mention m : mentions) {
            if (m.end() == at) meal = meal(m);
            if (m.start() == at + 1)
                return meal
                        && m instanceof Mention.Count n
                        && n.unit()
                        && (n.end() == text.length() || Clause.SEPARATORS.indexOf(text.charAt(n.end())) >= 0);
        }
        return false;
    }

    private static Mention.Count n(Mention m) {
        return (Mention.Count) m;
    }

    private static boolean meal(Mention m) {
        return m instanceof Mention.Meals || m instanceof Mention.Part;
    }
}
