package org.receptionbot.parse;

/**
 * "本来北海4个柳州2个 现在调成各3个": the old plan over several routes, each with its figure, then the new
 * plan after a word of change. Two statements: the old plan, which is kept and not recorded, and the new
 * one, read as the routes' figures now ({@link VisitOldPlans#now}).
 */
final class VisitPlanRedone {
    /** Words that start the new plan after the old one's figures. */
    private static final String[] NOW = {"现在", "现改", "改成", "改为", "调成", "调整", "调为", "变成", "改"};

    private VisitPlanRedone() {}

    /** Where the new plan starts, or -1 when the clause is not an old plan over several routes, then a new one. */
    static int split(Clause c) {
        if (c.all(Mention.Route.class).size() < 2) return -1;
        int old = VisitOldWords.oldAt(c);
        if (old < 0) return -1;
        int routes = 0;
        boolean open = false;
        for (int i = 0; i < c.mentions.size(); i++) {
            Mention m = c.mentions.get(i);
            if (m.start() < old) continue;
            if (m instanceof Mention.Route) {
                if (open) return -1;
                open = true;
                routes++;
            } else if (m instanceof Mention.Count n && open) {
                open = false;
                if (routes < 2) continue;
                // The words between this figure and the next mention: a word of change starts the new plan.
                int next = i + 1 < c.mentions.size() ? c.mentions.get(i + 1).start() : c.end;
                VisitWords.Word now = VisitWords.find(c.head(next).tail(n.end()), NOW);
                if (now != null) return now.at();
            }
        }
        return -1;
    }
}
