package org.receptionbot.parse;

import java.util.List;

/**
 * A switch between routes taken back: "刚才那个从百色换北海的广东的同志 又不换了 还是回百色" moves the people
 * back from the route they switched to (北海) to the one they left (百色). The switch is said as "从A换/改/调(到)B"
 * before the word that takes it back (不换了, 不改了, 不调了); a route after that word other than A is not read.
 */
final class VisitSwitchUndone {
    /** Words that take back a switch. */
    private static final String[] UNDONE = {"不换了", "不改了", "不调了", "不变了", "不换啦", "不改啦"};
    /** Words pointing at one person described by the switch (那个…的同志, 那位). */
    private static final String[] ONE = {"那个", "这个", "那位", "这位"};

    /** The people moving back, the route they leave and the route they go back to. */
    record Back(Integer count, String from, String to) {}

    private VisitSwitchUndone() {}

    /** The switch the clause takes back, or null. */
    static Back of(Clause c) {
        List<Mention.Route> routes = c.all(Mention.Route.class);
        if (routes.size() < 2) return null;
        int undone = -1;
        for (String w : UNDONE) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at + w.length() <= c.end) undone = at;
        }
        if (undone < 0) return null;
        Mention.Route left = null;
        Mention.Route joined = null;
        for (Mention.Route r : routes) {
            if (r.end() > undone) {
                if (left != null && joined != null && !r.id().equals(left.id())) return null;
            } else if (left == null) {
                if (r.start() == 0 || "从由".indexOf(c.text.charAt(r.start() - 1)) < 0) return null;
                left = r;
            } else if (joined == null && !r.id().equals(left.id())) joined = r;
        }
        if (left == null || joined == null) return null;
        Integer n = VisitPersons.said(c);
        if (n == null) for (String w : ONE) if (at(c, w, undone)) n = 1;
        return new Back(n, joined.id(), left.id());
    }

    private static boolean at(Clause c, String w, int before) {
        int i = c.text.indexOf(w, c.start);
        return i >= 0 && i < before;
    }
}
