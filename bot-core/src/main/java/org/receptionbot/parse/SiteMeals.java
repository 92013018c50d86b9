package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * "浙江柳州线7个人 晚上在柳州那边吃饭 不回山庄吃了", "鲁 百色4个柳州4个 都不变 晚饭在考察点吃 不回来吃": the meal eaten at the
 * site is the meal of the people on the routes the message signs up, not of the whole delegation. A meal the
 * message cancels for the whole delegation, said to be eaten at a route's site, is cancelled for the route people
 * it names, when they are fewer than the delegation; when they are all of it, or the message says the whole
 * delegation, it stays whole.
 */
final class SiteMeals {
    /** The site named by a word instead of the route's own name. */
    private static final String[] SITES = {"考察点", "考察地", "考察现场", "考察的地方", "当地"};

    /** Eating, right after the place. */
    private static final String[] EATING = {"吃", "用餐", "就餐"};

    /** Words that keep the whole delegation meant. */
    private static final String[] WHOLE = {"全团", "全体", "所有人", "全部人"};

    /** How far after the place the eating word may stand (在柳州那边吃饭). */
    private static final int REACH = 6;

    private SiteMeals() {}

    /** {@code read} with each whole-delegation cancel of a meal eaten at the site narrowed to the route people. */
    static ParseOutcome apply(ParseOutcome read, Lexicon lexicon, Front front) {
        if (!lexicon.hasRoutes() || read.records().isEmpty() || !atSite(front, lexicon)) return read;
        String t = front.text();
        for (String w : WHOLE) if (t.contains(w)) return read;
        List<Record> records = new ArrayList<>(read.records());
        boolean changed = false;
        for (int i = 0; i < records.size(); i++) {
            if (!(records.get(i) instanceof MealCancel m) || m.count() != null || m.delegation() == null) continue;
            Integer people = routePeople(records, m.delegation(), m.date(), lexicon);
            if (people == null) continue;
            int size =
                    lexicon.event.delegation(m.delegation()).map(d -> d.size()).orElse(0);
            if (people >= size) continue;
            records.set(i, new MealCancel(m.delegation(), m.date(), m.meal(), people));
            changed = true;
        }
        if (!changed) return read;
        return read.withRecords(records);
    }

    /**
     * The people the message puts on the routes of {@code date} for the delegation, or null when it puts none, or
     * says a whole delegation or a change instead of a figure.
     */
    private static Integer routePeople(List<Record> records, String delegation, LocalDate date, Lexicon lexicon) {
        int people = 0;
        for (Record r : records) {
            if (r instanceof VisitChange c && delegation.equals(c.delegation())) return null;
            if (!(r instanceof Visit v) || !delegation.equals(v.delegation())) continue;
            boolean thatDay = lexicon.event
                    .route(v.route())
                    .map(VisitRoute::date)
                    .filter(date::equals)
                    .isPresent();
            if (!thatDay) continue;
            if (v.count() == null) return null;
            people += v.count();
        }
        return people == 0 ? null : people;
    }

    /**
     * Whether the text says eating at a route's site: 在 + the route's name or a word of the site, then eating. The
     * name is looked up in the text, not among the mentions: "在柳州那边吃" names the place, no route mention.
     */
    private static boolean atSite(Front front, Lexicon lexicon) {
        String t = front.text();
        for (int at = t.indexOf('在'); at >= 0 && at + 1 < t.length(); at = t.indexOf('在', at + 1))
            for (Lexicon.Form form : lexicon.routeFormsStartingWith(t.charAt(at + 1)))
                if (t.startsWith(form.text(), at + 1)
                        && eatsAfter(t, at + 1 + form.text().length())) return true;
        for (String site : SITES) {
            for (int at = t.indexOf("在" + site); at >= 0; at = t.indexOf("在" + site, at + 1))
                if (eatsAfter(t, at + 1 + site.length())) return true;
        }
        // 江苏北海线5个人 晚饭在那边吃: over there, after a route named, is its site.
        for (int at = t.indexOf("在那边"); at >= 0; at = t.indexOf("在那边", at + 1))
            if (eatsAfter(t, at + 3) && routeBefore(t, at, lexicon)) return true;
        return false;
    }

    private static boolean routeBefore(String t, int at, Lexicon lexicon) {
        for (int i = 0; i < at; i++)
            for (Lexicon.Form form : lexicon.routeFormsStartingWith(t.charAt(i)))
                if (t.startsWith(form.text(), i) && i + form.text().length() <= at) return true;
        return false;
    }

    private static boolean eatsAfter(String t, int from) {
        String after = t.substring(from, Math.min(t.length(), from + REACH));
        for (String w : EATING) if (after.contains(w)) return true;
        return false;
    }
}
