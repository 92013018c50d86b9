package org.receptionbot.parse;

/** Whether a clause reports figures (a meal's, a route's, a vehicle's head count) rather than a matter to handle. */
final class FiguresNamed {
    private FiguresNamed() {}

    /**
     * A meal or a route named with what reports say of it: "晚饭27个", "中午吃饭的人", "北海线少2个";
     * a part of the day with a figure fewer, cancelled or added is its meal ("中午再少3个", "今晚少2人").
     */
    static boolean namesFigures(Clause c, Lexicon lexicon) {
        boolean mealWord = c.has(Cue.EAT) || c.has(Cue.FEWER) || c.has(Cue.CANCEL) || c.has(Cue.ADD);
        // 鄂QA1011 实到44 一个在医务室: a head count on a vehicle, whose missing people the care explains.
        if (c.has(Cue.HEADCOUNT) && !c.all(Mention.Vehicle.class).isEmpty()) return true;
        for (Mention m : c.mentions) {
            if (m instanceof Mention.Meals || m instanceof Mention.Route) return true;
            if (m instanceof Mention.Part p && mealWord && lexicon.mealOf(p.part()) != null) return true;
        }
        return false;
    }

    /** "晚上31", "中午45个": a meal's part of the day with its figure right after it, and no movement. */
    static boolean partFigure(Clause c, Lexicon lexicon) {
        if (c.has(Cue.DEPART) || c.has(Cue.ARRIVE) || c.has(Cue.HEADCOUNT)) return false;
        for (Mention.Part p : c.all(Mention.Part.class))
            if (lexicon.mealOf(p.part()) != null && figureAt(c, p.end())) return true;
        return false;
    }

    /** 晚上31: a figure right after a part of the day, its meal's. */
    private static boolean figureAt(Clause c, int at) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == at) return true;
        return false;
    }
}
