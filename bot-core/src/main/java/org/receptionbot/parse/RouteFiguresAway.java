package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;

/**
 * The people of a delegation away on its routes at a meal, each route with its figure and the meal missed said once
 * after them ("江苏今晚 百色3 北海4 柳州1 都在外面吃了", "湖南晚饭 北海3个柳州2个都不回来吃 其他照常",
 * "湖南北海3个柳州2个晚饭都在外面吃"): the meal of the routes' day is cancelled for all of them, the sum of the figures
 * (a MEAL_CANCEL beside the route figures, as "广东 百色4北海4，这8个人今晚都不回来吃饭" says it with the sum). The rest of
 * the delegation eats as planned. Not read: people coming back to eat ("晚上都回来吃"), a question or a doubt ("回不回来吃",
 * "还不确定"), a meal named for another day than the routes', or one route only (the rules read it).
 */
final class RouteFiguresAway {
    /** Eating away from the meeting place, said after the route figures. */
    private static final Pattern AWAY =
            Pattern.compile("(?:不回来|不回山庄|不回酒店|不回宾馆|不回会场)(?:吃|用餐)|在(?:外面|外边|外头|当地|那边|那里|那儿|现场)(?:吃|用餐)");
    /** A question or a doubt about where they eat: no report. */
    private static final Pattern DOUBT = Pattern.compile("回不回|吗|？|\\?|不确定|不知道|待定|看情况|还没定");

    private static final String[] DINNER = {"晚饭", "晚餐", "晚上", "今晚", "明晚", "晚宴"};
    private static final String[] LUNCH = {"午饭", "午餐", "中午", "中饭"};

    private RouteFiguresAway() {}

    static ParseOutcome apply(ParseOutcome read, Lexicon lexicon, Front front) {
        if (!lexicon.hasRoutes() || read instanceof ParseOutcome.NothingToRecord) return read;
        String text = front.original();
        if (DOUBT.matcher(text).find()) return read;
        List<Visit> visits = new ArrayList<>();
        String delegation = null;
        for (Record r : read.records())
            if (r instanceof Visit v) {
                if (v.count() == null || delegation != null && !delegation.equals(v.delegation())) return read;
                delegation = v.delegation();
                visits.add(v);
            }
        if (visits.size() < 2 || delegation == null) return read;
        int lastRoute = -1;
        for (Mention m : front.mentions()) if (m instanceof Mention.Route) lastRoute = Math.max(lastRoute, m.end());
        var away = AWAY.matcher(front.text());
        if (lastRoute < 0 || !away.find(lastRoute)) return read;
        String meal = meal(text);
        LocalDate day = day(visits, lexicon, front);
        if (meal == null || day == null) return read;
        int sum = visits.stream().mapToInt(Visit::count).sum();
        List<Record> records = new ArrayList<>();
        for (Record r : read.records()) {
            // 湖南北海3个柳州2个晚饭都在外面吃: one route's figure read as the meal's is the sum's part; the whole
            // delegation's cancel (晚饭不回来吃 全团) or the sum already read stands
            if (r instanceof MealCancel c && delegation.equals(c.delegation()) && meal.equals(c.meal())) {
                if (c.count() == null
                        || visits.stream().noneMatch(v -> v.count().equals(c.count()))) return read;
                continue;
            }
            if (r instanceof org.receptionbot.record.MealRecord m
                    && delegation.equals(m.delegation())
                    && meal.equals(m.meal())) return read;
            records.add(r);
        }
        records.add(new MealCancel(delegation, day, meal, sum));
        if (read instanceof ParseOutcome.Incomplete i) {
            List<Gap> gaps = i.gaps().stream()
                    .filter(g -> g.missing() != Gap.Field.UNCLEAR)
                    .toList();
            if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(records, gaps, read.saidNow());
        }
        return new ParseOutcome.Understood(records, false, read.saidNow());
    }

    /** The meal named, or null when none or both are. */
    private static String meal(String text) {
        boolean dinner = false;
        boolean lunch = false;
        for (String w : DINNER) dinner |= text.contains(w);
        for (String w : LUNCH) lunch |= text.contains(w);
        return dinner == lunch ? null : dinner ? "DINNER" : "LUNCH";
    }

    /**
     * The routes' one day, when it is today or tomorrow (the day before, the meal is the routes' day's) and the
     * message names no other day; else null.
     */
    private static LocalDate day(List<Visit> visits, Lexicon lexicon, Front front) {
        LocalDate day = null;
        for (Visit v : visits) {
            LocalDate d = lexicon.event.route(v.route()).map(VisitRoute::date).orElse(null);
            if (d == null || day != null && !day.equals(d)) return null;
            day = d;
        }
        LocalDate today = front.local().toLocalDate();
        if (!day.equals(today) && !day.equals(today.plusDays(1))) return null;
        String text = front.original();
        boolean todaySaid = text.contains("今天") || text.contains("今晚") || text.contains("今日");
        boolean tomorrowSaid = text.contains("明天") || text.contains("明晚") || text.contains("明日");
        if (day.equals(today) ? tomorrowSaid : todaySaid) return null;
        return day;
    }
}
