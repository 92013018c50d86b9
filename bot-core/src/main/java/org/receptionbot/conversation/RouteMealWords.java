package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.VisitRoute;

/**
 * A coordinator's word that a whole route eats at its site ("北海线84人晚饭都在北海吃 不回山庄吃了", "北海线的人晚饭不回来吃",
 * "北海线和百色线晚饭都在当地吃，柳州线回山庄吃"): for each route said so, the serving its people miss. The records contract has
 * no route-wide meal, so the parser leaves it as a notice ({@code RouteGroupMeals}); this reads it for the board.
 * Questions, hedged or partial statements, requests to report and statements naming a delegation are not read.
 */
final class RouteMealWords {
    /** One route whose people eat at the site at one serving. */
    record Said(VisitRoute route, LocalDate date, Meal meal) {}

    /** Words that say the people do not eat at the meeting place. */
    private static final String[] NOT_HERE = {
        "不回来吃", "不回山庄", "不回酒店", "不回宾馆", "不回驻地", "不回来用餐", "不在山庄", "不在酒店", "山庄不用", "山庄不备", "不用备", "不用准备"
    };

    /** Places of the site besides the route's own words, after 在. */
    private static final String[] SITES = {"当地", "考察点", "考察地", "现场", "那边"};

    /** Eating, right after the place. */
    private static final String[] EATING = {"吃", "用餐", "就餐"};

    /** Coming back to eat, said without 不: the route eats at the meeting place. */
    private static final String[] BACK = {"回山庄吃", "回来吃", "回酒店吃", "回山庄用餐", "回来用餐"};

    /** A question, a guess, a part of the route or a request to report: nothing settled for the whole route. */
    private static final String[] UNSETTLED = {
        "吗", "?", "？", "是否", "还是", "要不要", "怎么", "有几个", "有的", "部分", "一些", "可能", "估计", "再问", "待定", "如果", "请各", "联络员报",
        "报一下", "减报", "各团报"
    };

    /** What may stand between two routes said together (北海线和百色线, 北海、百色). */
    private static final String JOINERS = "线组和与及跟、，, ";

    private static final int REACH = 6;

    private final Event event;

    RouteMealWords(Event event) {
        this.event = event;
    }

    /** The routes {@code text} says eat at their site, each with the serving; empty when it says none plainly. */
    List<Said> read(String text, LocalDate today) {
        if (event.visits().isEmpty()) return List.of();
        for (String w : UNSETTLED) if (text.contains(w)) return List.of();
        // 福建的北海线人员晚上不回来吃: one delegation's people, not the whole route
        for (Delegation d : event.delegations()) if (named(text, d)) return List.of();
        List<int[]> named = mentions(text);
        List<Said> said = new ArrayList<>();
        int i = 0;
        while (i < named.size()) {
            int j = i;
            while (j + 1 < named.size() && joined(text, named.get(j)[1], named.get(j + 1)[0])) j++;
            int from = named.get(j)[1];
            int to = j + 1 < named.size() ? named.get(j + 1)[0] : text.length();
            String scope = text.substring(from, to);
            Meal meal = meal(scope);
            if (meal == null) meal = meal(text.substring(0, named.get(i)[0]));
            if (meal != null && eaten(text, meal) && away(text, from, to)) {
                for (int k = i; k <= j; k++) {
                    VisitRoute route = event.visits().get(named.get(k)[2]);
                    LocalDate date = date(text, route, today);
                    if (date != null && said.stream().noneMatch(s -> s.route().equals(route)))
                        said.add(new Said(route, date, meal));
                }
            }
            i = j + 1;
        }
        return said;
    }

    private static boolean named(String text, Delegation d) {
        if (text.contains(d.name())) return true;
        for (String a : d.aliases()) if (text.contains(a)) return true;
        return false;
    }

    /** Each route word found, longest first where two overlap: {start, end, route index}, in text order. */
    private List<int[]> mentions(String text) {
        List<int[]> found = new ArrayList<>();
        for (int r = 0; r < event.visits().size(); r++) {
            for (String w : event.visits().get(r).words()) {
                for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1))
                    found.add(new int[] {at, at + w.length(), r});
            }
        }
        found.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]));
        List<int[]> kept = new ArrayList<>();
        for (int[] m : found) if (kept.isEmpty() || m[0] >= kept.get(kept.size() - 1)[1]) kept.add(m);
        // 在北海吃: the route's place where people eat, not a route said of people
        kept.removeIf(m -> m[0] > 0 && text.charAt(m[0] - 1) == '在');
        return kept;
    }

    private static boolean joined(String text, int end, int next) {
        for (int i = end; i < next; i++) if (JOINERS.indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    /** Whether the route's stretch {@code [from, to)} says its people eat away from the meeting place. */
    private boolean away(String text, int from, int to) {
        String scope = text.substring(from, to);
        for (String w : BACK) {
            int at = scope.indexOf(w);
            if (at >= 0 && (at == 0 || scope.charAt(at - 1) != '不')) return false;
        }
        for (String w : NOT_HERE) if (scope.contains(w)) return true;
        for (int at = scope.indexOf('在'); at >= 0; at = scope.indexOf('在', at + 1)) {
            String place = scope.substring(at + 1);
            if (atSite(place) && eats(place)) return true;
        }
        return false;
    }

    private boolean atSite(String place) {
        for (String s : SITES) if (place.startsWith(s)) return true;
        for (VisitRoute r : event.visits()) for (String w : r.words()) if (place.startsWith(w)) return true;
        return false;
    }

    private static boolean eats(String place) {
        String near = place.substring(0, Math.min(place.length(), REACH + 1));
        for (String w : EATING) if (near.contains(w)) return true;
        return false;
    }

    /** "百色线今晚住百色 不回山庄": a part of the day with no meal's name and no eating says no meal. */
    private static boolean eaten(String text, Meal meal) {
        for (String w : EATING) if (text.contains(w)) return true;
        return meal.names().stream().anyMatch(text::contains);
    }

    /** The one meal the words name, by its names or a part of the day; null for none or several. */
    private Meal meal(String words) {
        Meal found = null;
        for (Meal m : event.meals()) {
            boolean named = m.names().stream().anyMatch(words::contains)
                    || parts(m).stream().anyMatch(words::contains);
            if (!named) continue;
            if (found != null) return null;
            found = m;
        }
        return found;
    }

    private List<String> parts(Meal m) {
        MealNames names = new MealNames(event);
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {"早上", "中午", "晚上"}) if (m.id().equals(names.idOf(p))) parts.add(p);
        if (parts.contains("晚上")) parts.addAll(List.of("今晚", "明晚"));
        if (parts.contains("早上")) parts.add("明早");
        return parts;
    }

    /** The route's day, unless the text names another (明天 for today's route); null when it does. */
    private static LocalDate date(String text, VisitRoute route, LocalDate today) {
        boolean tomorrow = text.contains("明天") || text.contains("明晚") || text.contains("明早");
        boolean todaySaid = text.contains("今天") || text.contains("今晚");
        if (tomorrow && !route.date().equals(today.plusDays(1))) return null;
        if (todaySaid && !route.date().equals(today)) return null;
        return route.date().isBefore(today) ? null : route.date();
    }
}
