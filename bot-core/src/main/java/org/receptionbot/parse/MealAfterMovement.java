package org.receptionbot.parse;

import java.util.List;

/**
 * "…改成今天晚上七点四十的航班 MF8356 今晚的饭就不吃了", "…坐G1598走25号的晚饭就不吃了": in speech with
 * no punctuation, a day that opens a cancelled meal after a movement starts a statement of its own, so
 * the movement's train and time do not keep the meal from being read.
 */
final class MealAfterMovement {

    private MealAfterMovement() {}

    /** Where the meal's statement starts, or -1. */
    static int turn(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        int cancel = first(hits, Cue.CANCEL, from, to);
        if (cancel < 0) return -1;
        int move = -1;
        for (CueTable.Hit h : hits) {
            boolean verb = h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE;
            if (verb && h.start() >= from && h.end() <= cancel) move = Math.max(move, h.end());
        }
        if (move < 0) return -1;
        Mention day = null;
        boolean meal = false;
        for (Mention m : mentions) {
            if (m.start() < move || m.end() > cancel) continue;
            if (m instanceof Mention.Day) {
                day = m;
                meal = false;
            } else if (m instanceof Mention.Clock || m instanceof Mention.Transport || m instanceof Mention.Count) {
                day = null;
            }
            if (day != null && (m instanceof Mention.Meals || m instanceof Mention.Part p && p.start() == day.start()))
                meal = true;
        }
        if (day == null || day.start() <= from) return -1;
        return meal || first(hits, Cue.EAT, day.end(), cancel) >= 0 ? day.start() : -1;
    }

    private static int first(List<CueTable.Hit> hits, Cue cue, int from, int to) {
        for (CueTable.Hit h : hits) if (h.cue() == cue && h.start() >= from && h.end() <= to) return h.start();
        return -1;
    }

    /**
     * "晚饭人都走了就不吃了", "宵夜人都回去了所以不要了": a meal, then people gone as the reason it is not
     * eaten; the leaving, with no time, train or figure of its own, is no movement to record.
     */
    static boolean goneSoNotEating(Clause c) {
        int verb = c.endOf(Cue.DEPART);
        int cancel = c.at(Cue.CANCEL);
        if (verb < 0 || cancel < verb || c.all(Mention.Meals.class).isEmpty()) return false;
        if (c.all(Mention.Meals.class).get(0).start() > c.at(Cue.DEPART)) return false;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || !c.all(Mention.Count.class).isEmpty()) return false;
        String between = c.text.substring(verb, cancel);
        boolean gone = between.startsWith("了") || c.text.charAt(verb - 1) == '了';
        return gone && (between.contains("就") || between.contains("所以") || between.contains("也"));
    }
}
