package org.receptionbot.parse;

/** Which meal verbs of a clause still stand: the old plan and a change taken back are no statement. */
final class MealChanges {

    /** Words before 减/加 that take the change back ("不用减了", "不加了"). */
    private static final String[] NOT = {"不用", "不要", "不需要", "无需", "不"};

    private MealChanges() {}

    /**
     * "原定明天中午不吃 现在改成吃": with an old plan said before the change, only the words from the
     * change on say what the meal will be; the clause otherwise.
     */
    static Clause newPlan(Clause c) {
        int change = c.changeAt();
        int planned = c.at(Cue.PLANNED);
        if (change < 0 || planned < 0 || planned > change) return c;
        int verb = Figures.firstOf(c, Cue.CANCEL, Cue.FEWER);
        if (verb < 0) verb = c.at(Cue.ADD);
        return verb > planned && verb < change ? c.tail(change) : c;
    }

    /**
     * "宵夜那个15个改成18个 又多了三个娃": more or fewer people said as come or gone (多了, 来了, 走了) after the
     * figure a change gives are why the figure changed; only the words up to that figure say what the meal will be.
     */
    static Clause beforeReason(Clause c) {
        int change = c.changeAt();
        if (change < 0) return c;
        Mention.Count figure = null;
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() > change) {
                figure = n;
                break;
            }
        if (figure == null) return c;
        int verb = Math.max(c.at(Cue.ADD), Figures.firstOf(c, Cue.CANCEL, Cue.FEWER));
        if (verb < figure.end()) return c;
        String after = c.text.substring(figure.end(), c.end);
        for (String done : DONE) if (after.contains(done)) return c.head(figure.end());
        return c;
    }

    /** Words that say people came or went, a reason told after a changed figure. */
    private static final String[] DONE = {"多了", "来了", "加了", "走了", "少了"};

    /** "江苏午饭不用减了 还是按原来的": a change taken back, with the meal as planned, is no change. */
    static boolean takenBack(Clause c, Cue verb) {
        int at = c.at(verb);
        if (at < 0 || !c.has(Cue.AS_PLANNED) || c.at(Cue.AS_PLANNED) < at) return false;
        for (String w : NOT) if (at >= c.start + w.length() && c.text.startsWith(w, at - w.length())) return true;
        return false;
    }
}
