package org.receptionbot.parse;

import java.util.List;

/**
 * A switch said from the route left, with no route after the word: "从北海换过去", "从百色线调过来",
 * "从柳州那边转过去". The route joined is named elsewhere ("想去柳州 从北海换过去") or not at all, when it is
 * asked ("江苏有两位要从北海线换过去").
 */
final class VisitMovedFrom {
    /** The switch: the route left and the word of moving over (换过去). */
    record Found(Mention.Route left, VisitWords.Word word) {}

    /** Characters of moving over, before 过去 or 过来. */
    private static final String MOVE = "换调转挪改";
    /** What may stand between the route left and the word (北海线那边, 百色这边). */
    private static final String[] GAPS = {"", "那边", "这边", "那里", "这里", "线", "组"};

    private VisitMovedFrom() {}

    /** The switch from the route after 从, moved over with no route after the word; or null. */
    static Found of(Clause c) {
        for (Mention.Route r : c.all(Mention.Route.class)) {
            if (r.start() <= c.start || c.text.charAt(r.start() - 1) != '从') continue;
            for (String gap : GAPS) {
                int at = r.end() + gap.length();
                if (!c.text.startsWith(gap, r.end()) || at + 3 > c.end) continue;
                if (MOVE.indexOf(c.text.charAt(at)) >= 0
                        && c.text.charAt(at + 1) == '过'
                        && "去来".indexOf(c.text.charAt(at + 2)) >= 0)
                    return new Found(r, new VisitWords.Word(at, at + 3));
            }
        }
        return null;
    }

    /**
     * The route joined, named before the route left with a word of going to it ("想去柳州 从北海换过去"); or
     * null (then a route after the word, if any, is joined).
     */
    static Mention.Route joinedBefore(Clause c, Found found) {
        Mention.Route to = null;
        for (Mention.Route r : c.all(Mention.Route.class))
            if (r.end() <= found.left().start()
                    && !r.id().equals(found.left().id())
                    && (VisitSwitches.goingTo(c, r) || VisitSwitches.backTo(c, r))) to = r;
        return to;
    }

    /**
     * "江西两个人想去百色，从柳州线换过去": the clause before named people going to a route, read as people on it;
     * moved over from another route, with nothing else of its own, they switch. Whether it did.
     */
    static boolean after(Clause c, Clause before, Drafts drafts) {
        Found moved = of(c);
        Draft last = drafts.last();
        if (moved == null || before == null || last == null || last.kind != Draft.Kind.VISIT) return false;
        if (!c.teams().isEmpty() || c.all(Mention.Route.class).size() != 1) return false;
        List<Mention.Route> routes = before.all(Mention.Route.class);
        if (routes.size() != 1 || !VisitSwitches.goingTo(before, routes.get(0))) return false;
        String left = moved.left().id();
        List<Draft> wished = drafts.lastStatement();
        if (wished.stream().anyMatch(d -> d.route == null || d.route.equals(left))) return false;
        drafts.dropLastStatement();
        for (Draft d : wished) {
            Draft change = drafts.addAs(Draft.Kind.VISIT_CHANGE, d);
            change.from = left;
            change.to = d.route;
        }
        return true;
    }
}
