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

    /** "江苏午饭不用减了 还是按原来的": a change taken back, with the meal as planned, is no change. */
    static boolean takenBack(Clause c, Cue verb) {
        int at = c.at(verb);
        if (at < 0 || !c.has(Cue.AS_PLANNED) || c.at(Cue.AS_PLANNED) < at) return false;
        for (String w : NOT) if (at >= c.start + w.length() && c.text.startsWith(w, at - w.length())) return true;
        return false;
    }
}
