package org.receptionbot.parse;

import java.util.List;

/**
 * "考察照名单走", "考察就按原计划走", "考察还是按名单走": the site visit going by the list or the plan moves no one; its
 * 走 is no departure. A plain leaving (明天按原计划走, 考察完就走) is not this: the plan word and 考察 right before 走 are.
 */
final class VisitByPlan {
    /** Words of going by the list or the plan, right before 走. */
    private static final String[] BY_PLAN = {"照名单", "按名单", "照原计划", "按原计划", "照计划", "按计划", "照原来的", "按原来的", "按安排", "照安排"};

    /** How far before the plan word 考察 may be said (考察我们还是按名单走). */
    private static final int VISIT_REACH = 6;

    private VisitByPlan() {}

    /** Drops each departure 走 said of a site visit going by the list or the plan. */
    static void drop(List<CueTable.Hit> hits, String text) {
        hits.removeIf(h -> h.cue() == Cue.DEPART && byPlan(h, text));
    }

    private static boolean byPlan(CueTable.Hit depart, String text) {
        if (depart.end() - depart.start() != 1 || text.charAt(depart.start()) != '走') return false;
        for (String w : BY_PLAN) {
            int plan = depart.start() - w.length();
            if (plan < 0 || !text.startsWith(w, plan)) continue;
            int visit = text.lastIndexOf("考察", plan);
            return visit >= 0
                    && plan - visit - 2 <= VISIT_REACH
                    && !text.substring(visit, plan).contains(" ");
        }
        return false;
    }
}
