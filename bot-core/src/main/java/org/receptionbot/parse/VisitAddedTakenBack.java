package org.receptionbot.parse;

/**
 * A drop-out said of people known to be on the route already, though the event's plan has none of the delegation
 * there: 又 right before the drop word (处长临时又不去柳州了: he had been added, and now goes no more), or 那 pointing
 * at the people said before (柳州线那1人取消, 那位不去了). Their drop-out is read as said, not doubted as a route they
 * never signed up for; a bare 少1个 of an unplanned route is still asked.
 */
final class VisitAddedTakenBack {
    private VisitAddedTakenBack() {}

    /** What may stand between 那 and the drop word: a figure and its unit (那1人, 那两个, 那位, 那个同志). */
    private static final int POINTED_SPAN = 6;

    /** Whether {@code c} drops out people already added: 又 before its drop word, or 那 pointing at them. */
    static boolean said(Clause c) {
        VisitWords.Word w = VisitDropWords.drop(c);
        if (w == null) return false;
        if (w.at() > c.start && c.text.charAt(w.at() - 1) == '又') return true;
        return pointedAt(c, w.at());
    }

    /**
     * 那1人, 那位, 那个同志 before the drop word: people pointed at, never 那边 or 那里 (a place), nor a filler 那个 that
     * opens what is said (那个我们北海不去了).
     */
    private static boolean pointedAt(Clause c, int drop) {
        for (int at = Math.max(c.start, drop - POINTED_SPAN); at < drop - 1; at++) {
            if (c.text.charAt(at) != '那' || !pointer(c, at)) continue;
            char next = c.text.charAt(at + 1);
            if ("位个".indexOf(next) >= 0) return true;
            for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == at + 1 && n.end() <= drop) return true;
        }
        return false;
    }

    /** 那 right after a route (柳州线那1人) or after 的 (刚才加的那位): it points at people, no filler. */
    private static boolean pointer(Clause c, int at) {
        if (at <= c.start) return false;
        if (c.text.charAt(at - 1) == '的') return true;
        for (Mention.Route r : c.all(Mention.Route.class)) if (r.end() == at) return true;
        return at - 1 > c.start && c.text.charAt(at - 1) == '线';
    }
}
