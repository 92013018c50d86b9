package org.receptionbot.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each route's own figure in a clause that gives several: "北海3人 柳州2人" (the figure after each
 * route), "3人柳州 2人北海" (before each), "北海仨 柳州俩" (俩 and 仨 carry their unit). All routes
 * take their figure on the same side; a route named again takes its later figure.
 */
final class VisitFigures {
    private VisitFigures() {}

    /** The figure of each route named at or after {@code from}, in order; empty unless every one has one. */
    static Map<String, Integer> of(Clause c, int from) {
        List<Mention.Route> routes = c.all(Mention.Route.class).stream()
                .filter(r -> r.start() >= from)
                .toList();
        if (routes.isEmpty()) return Map.of();
        for (boolean after : new boolean[] {true, false}) {
            Map<String, Integer> figures = new LinkedHashMap<>();
            for (Mention.Route r : routes) {
                Integer n = after ? after(c, r) : before(c, r, from);
                if (n == null) break;
                figures.put(r.id(), n);
            }
            if (figures.size()
                            == routes.stream().map(Mention.Route::id).distinct().count()
                    && routes.stream().allMatch(r -> (after ? after(c, r) : before(c, r, from)) != null))
                return figures;
        }
        return Map.of();
    }

    /**
     * "北海3柳州3 百色改成5个": routes with their figures, the last one right before the switching word,
     * whose figure is the one after it; empty unless every route has one.
     */
    static Map<String, Integer> changedLast(Clause c, VisitWords.Word switching) {
        List<Mention.Route> routes = c.all(Mention.Route.class).stream()
                .filter(r -> r.end() <= switching.at())
                .toList();
        if (routes.size() < 2) return Map.of();
        Mention.Route last = routes.get(routes.size() - 1);
        if (!c.text.substring(last.end(), switching.at()).isBlank()) return Map.of();
        Map<String, Integer> figures = new LinkedHashMap<>();
        for (Mention.Route r : routes.subList(0, routes.size() - 1)) {
            Integer n = after(c, r);
            if (n == null || figures.containsKey(r.id()) || r.id().equals(last.id())) return Map.of();
            figures.put(r.id(), n);
        }
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < switching.end()) continue;
            if (!c.text.substring(switching.end(), n.start()).isBlank()) return Map.of();
            figures.put(last.id(), n.value());
            return figures;
        }
        return Map.of();
    }

    /**
     * "柳州那两位", "那两个原来去柳州的", "这仨": people pointed at (这/那 and a figure with its unit), which the
     * figure scan leaves out as it does "这两天"; or null.
     */
    static Integer pointedAt(Clause c) {
        for (int i = c.text.indexOf('那', c.start); i >= 0 && i < c.end; i = c.text.indexOf('那', i + 1)) {
            Integer n = pointedAt(c, i);
            if (n != null) return n;
        }
        for (int i = c.text.indexOf('这', c.start); i >= 0 && i < c.end; i = c.text.indexOf('这', i + 1)) {
            Integer n = pointedAt(c, i);
            if (n != null) return n;
        }
        return null;
    }

    /** The figure of the people pointed at by the 那/这 at {@code at} ("那两个", "这仨"), or null. */
    static Integer pointedAt(Clause c, int at) {
        int i = at + 1;
        if (i < c.end && (c.text.charAt(i) == '俩' || c.text.charAt(i) == '仨')) return c.text.charAt(i) == '俩' ? 2 : 3;
        int figureEnd = i;
        while (figureEnd < c.end && figureEnd - i < 3 && "一二两三四五六七八九十".indexOf(c.text.charAt(figureEnd)) >= 0)
            figureEnd++;
        if (figureEnd == i || figureEnd >= c.end || "位个人名".indexOf(c.text.charAt(figureEnd)) < 0) return null;
        // 那两个航班, 这两个车: a figure of things, not of people.
        if (c.text.charAt(figureEnd) == '个'
                && figureEnd + 1 < c.end
                && "航车房批组天月".indexOf(c.text.charAt(figureEnd + 1)) >= 0) return null;
        int n = ChineseNumerals.value(c.text.substring(i, figureEnd));
        return n > 0 ? Integer.valueOf(n) : null;
    }

    /**
     * "柳州线报6个人 本来7个", "北海3人 原来是4人": the figure said, then the old plan's after an old-plan
     * word; {new, old}, or null.
     */
    static int[] newThenOld(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        for (int i = 0; i + 1 < counts.size(); i++) {
            Mention.Count now = counts.get(i);
            Mention.Count old = counts.get(i + 1);
            String between = c.text.substring(now.end(), old.start()).strip();
            for (String w : OLD_WORDS)
                if (between.startsWith(w) && between.length() - w.length() <= 2)
                    return new int[] {now.value(), old.value()};
        }
        return null;
    }

    private static final String[] OLD_WORDS = {"本来", "原来", "原报", "原定", "原计划", "原先", "之前报"};

    /** The figure right after a route, spaces aside: a count, or 俩/仨. */
    static Integer after(Clause c, Mention.Route r) {
        int i = linked(c, r.end());
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() >= r.end()
                    && n.start() <= i
                    && c.text.substring(i, Math.max(i, n.start())).isBlank()) return n.value();
        if (i < c.end && (c.text.charAt(i) == '俩' || c.text.charAt(i) == '仨')) return c.text.charAt(i) == '俩' ? 2 : 3;
        // 百色二北海三: one numeral alone, then the clause's end, a space or the next route.
        int digit = i < c.end ? "一二两三四五六七八九".indexOf(c.text.charAt(i)) : -1;
        if (digit < 0 || i + 1 < c.end && c.text.charAt(i + 1) != ' ' && !routeAt(c, i + 1)) return null;
        return digit <= 1 ? digit + 1 : digit;
    }

    /** Words between a route and its figure (柳州线也是仨, 北海去4个, 百色报3个, 柳州那边去4个). */
    private static final String[] LINKS = {"那边去", "那边报", "那边", "也是", "还是", "也去", "报了", "是", "去", "报"};

    /** Where a route's figure may start: after spaces and one linking word. */
    private static int linked(Clause c, int from) {
        int i = from;
        while (i < c.end && c.text.charAt(i) == ' ') i++;
        for (String w : LINKS)
            if (c.text.startsWith(w, i) && i + w.length() < c.end) {
                i += w.length();
                break;
            }
        while (i < c.end && c.text.charAt(i) == ' ') i++;
        return i;
    }

    private static boolean routeAt(Clause c, int at) {
        for (Mention.Route r : c.all(Mention.Route.class)) if (r.start() == at) return true;
        return false;
    }

    /**
     * "三条线各3个人", "每条线2个": the same figure on every route of the event (the number of routes
     * said, if any, must be the event's); or null.
     */
    static Integer everyRoute(Clause c, int routes) {
        int at = c.text.indexOf("条线", c.start);
        if (at < 0 || at + 2 > c.end) return null;
        boolean each = at > c.start && c.text.charAt(at - 1) == '每';
        if (!each && (at == c.start || ChineseNumerals.value(c.text.substring(at - 1, at)) != routes)) return null;
        int rest = at + 2;
        if (rest < c.end && c.text.charAt(rest) == '路') rest++;
        boolean spread = each;
        for (; rest < c.end && " 都各去是".indexOf(c.text.charAt(rest)) >= 0; rest++)
            spread |= c.text.charAt(rest) == '各' || c.text.charAt(rest) == '都';
        if (!spread) return null;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == rest) return n.value();
        return null;
    }

    /** The figure with a unit right before a route, spaces and a going word aside (3人柳州, 3个去柳州). */
    private static Integer before(Clause c, Mention.Route r, int from) {
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.unit()
                    && n.start() >= from
                    && n.end() <= r.start()
                    && goingBetween(c.text.substring(n.end(), r.start()).strip())) return n.value();
        return null;
    }

    /** Words between people and the route they go on (3个去柳州, 两位跟北海): nothing, or one going word. */
    private static boolean goingBetween(String between) {
        return between.isEmpty() || GOING.contains(between);
    }

    private static final java.util.Set<String> GOING = java.util.Set.of("去", "跟", "走", "报", "都去", "去了");
}
