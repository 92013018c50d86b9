package org.receptionbot.parse;

import java.util.List;

/**
 * "山东柳州线的小王改去百色了 百色那边变成5个": after a switch of people named one by one (or counted), the route they
 * join said with its figure now (那边变成5个, 现在是5个, 一共5个) is that route's new total, a VISIT beside the switch; it
 * is never the number of people switching, which stays what the switch said.
 */
final class SwitchRouteTotal {
    /** Words after the route joined that say its figure is the total now. */
    private static final String[] TOTAL = {"变成", "改成", "成了", "现在是", "现在", "一共是", "一共", "总共", "就是"};
    /** What may stand between the route and the word of the total. */
    private static final String FILLER = "那这边里线的就 ";

    private SwitchRouteTotal() {}

    /** The switch the message made last, whose count {@link #keep} may restore; null when none. */
    static Draft lastSwitch(Drafts drafts) {
        List<Draft> all = drafts.since(0);
        for (int i = all.size() - 1; i >= 0; i--) {
            Draft d = all.get(i);
            if (d.kind == Draft.Kind.VISIT_CHANGE && d.from != null && d.to != null && d.count != null) return d;
        }
        return null;
    }

    /**
     * When {@code c} gives the route a switch joins its total now and the clause's reading gave that total to the
     * switch too, the switch keeps its own count: {@code count} when the switch was said in a clause before, else the
     * figure or the people named one by one before the route's total in {@code c}.
     */
    static void keep(Clause c, Draft before, Integer count, Drafts drafts) {
        if (VisitSwitchWords.switching(c) != null && before != null) return;
        Draft change = lastSwitch(drafts);
        if (change == null) return;
        Mention.Route total = null;
        for (Mention.Route r : c.all(Mention.Route.class)) if (r.id().equals(change.to) && totalAfter(c, r)) total = r;
        if (total == null) return;
        Integer own = change == before ? count : ownCount(c, total.start());
        if (own == null || own.equals(change.count)) return;
        // the route's total, read as the switch's count (the VISIT beside it is placed now or when the message settles)
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() > total.end() && n.value() == change.count) {
                change.count = own;
                return;
            }
    }

    /** The people switching said before {@code end}: its one figure, else the people named one by one; or null. */
    private static Integer ownCount(Clause c, int end) {
        Integer figure = null;
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.end() <= end) {
                if (figure != null) return null;
                figure = n.value();
            }
        if (figure != null) return figure;
        int named = VisitPersons.persons(c.statementBefore(end));
        return named > 0 ? named : null;
    }

    private static boolean totalAfter(Clause c, Mention.Route r) {
        int i = r.end();
        while (i < c.end && FILLER.indexOf(c.text.charAt(i)) >= 0) i++;
        for (String w : TOTAL) if (c.text.startsWith(w, i)) return true;
        return false;
    }
}
