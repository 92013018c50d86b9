package org.receptionbot.parse;

import java.util.List;

/**
 * The route a message speaks of and the figure that closes it ("柳州线5个人 … 去4个", "百色线6个 … 5个"): read by
 * {@link RouteFigureAtEnd}, {@link RouteFigureSettled} and {@link RouteStandingFigure} alike.
 */
final class RouteClosingFigure {
    /** What may stand before the last figure: 实际, 最后, 只, 所以 (所以只去5个), then 去/参加. */
    private static final String[] LEAD = {"实际上", "实际", "最后", "只能", "只", "就", "能", "所以", "因此", "结果"};

    private static final String[] GO = {"去了", "能去", "去", "参加", "走"};

    private static final String UNITS = "个人位名吧了";

    private RouteClosingFigure() {}

    /** The one route the message names (several times, perhaps), or null when it names none or two. */
    static Mention.Route onlyRoute(List<Mention> mentions) {
        Mention.Route route = null;
        for (int i = 0, n = mentions.size(); i < n; i++) {
            if (!(mentions.get(i) instanceof Mention.Route r)) continue;
            if (route != null && !route.id().equals(r.id())) return null;
            route = r;
        }
        return route;
    }

    /**
     * The figure that ends the message after a space or a comma ("去4个", "实际2个", "实际就2个"; with {@code led}
     * false, a bare "5个"), or null.
     */
    static Mention.Count lastFigure(String text, List<Mention> mentions, boolean led) {
        Mention.Count last = null;
        for (Mention m : mentions) if (m instanceof Mention.Count n) last = n;
        if (last == null) return null;
        for (int i = last.end(); i < text.length(); i++) if (UNITS.indexOf(text.charAt(i)) < 0) return null;
        int at = last.start();
        boolean go = false;
        for (String w : GO)
            if (at >= w.length() && text.startsWith(w, at - w.length())) {
                at -= w.length();
                go = true;
                break;
            }
        boolean lead = false;
        // 实际就2个, 最后只3个: two lead words at most.
        for (int k = 0; k < 2; k++)
            for (String w : LEAD)
                if (at >= w.length() && text.startsWith(w, at - w.length())) {
                    at -= w.length();
                    lead = true;
                    break;
                }
        if (led && !go && !lead || !led && (go || lead) || at == 0) return null;
        return " ，,".indexOf(text.charAt(at - 1)) >= 0 ? last : null;
    }
}
