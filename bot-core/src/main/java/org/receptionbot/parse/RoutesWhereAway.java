package org.receptionbot.parse;

import java.time.LocalDateTime;
import java.util.List;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;

/**
 * Where a delegation's people already are on the visit day, said beside the meal they miss ("宁夏3个 北海 晚饭不吃",
 * "海南4个都在柳州线 今晚山庄晚饭不吃了", "上海晚饭就我一个 北海4柳州2他们都不回来吃"): once the route has set off, a
 * route named with no verb of going is the reason for the meal, not a sign-up, and gives no VISIT. A route said with
 * one ("天津4个都去百色了 晚饭不用留"), said before the route sets off, or beside people who come back to eat ("北京5个
 * 北海3 柳州2 晚上都回来吃") stays a visit.
 */
final class RoutesWhereAway {
    /** Words that make a route's clause a statement of going or of a change, not of where people are. */
    private static final String[] GOING = {
        "去", "参加", "报", "走", "出发", "改", "换", "加", "少", "多", "跟", "上车", "随", "考察", "线路"
    };

    /** Words that say the people away do not eat at the meeting place. */
    private static final String[] NOT_EATING = {"不回来吃", "不回山庄吃", "不回来", "不吃", "不用留", "取消", "不在山庄"};

    private RoutesWhereAway() {}

    /** {@code read} without the visits that only say where people already are beside a meal they miss. */
    static ParseOutcome apply(ParseOutcome read, Lexicon lexicon, Front front) {
        if (!lexicon.hasRoutes()) return read;
        return VisitsDropped.without(read, v -> away(v, read.records(), lexicon, front));
    }

    private static boolean away(Visit v, List<Record> records, Lexicon lexicon, Front front) {
        VisitRoute route = lexicon.event.visits().stream()
                .filter(x -> x.id().equals(v.route()))
                .findFirst()
                .orElse(null);
        LocalDateTime now = front.local();
        if (route == null || !now.toLocalDate().equals(route.date()) || now.isBefore(route.departure())) return false;
        boolean cancel = false;
        boolean meal = false;
        for (Record r : records)
            if (r instanceof MealRecord m
                    && v.delegation() != null
                    && v.delegation().equals(m.delegation())
                    && route.date().equals(m.date())) {
                meal = true;
                cancel |= r instanceof MealCancel;
            }
        if (!meal) return false;
        boolean named = false;
        for (Mention m : front.mentions()) {
            if (!(m instanceof Mention.Route at) || !at.id().equals(v.route())) continue;
            Clause c = clauseAt(front, at.start());
            if (c == null || going(c.span())) return false;
            if (!cancel && !notEating(front.text().substring(at.end()))) return false;
            named = true;
        }
        return named;
    }

    private static Clause clauseAt(Front front, int at) {
        for (Clause c : front.clauses()) if (c.start <= at && at < c.end) return c;
        return null;
    }

    private static boolean going(String clause) {
        for (String w : GOING) if (clause.contains(w)) return true;
        return false;
    }

    private static boolean notEating(String after) {
        for (String w : NOT_EATING) if (after.contains(w)) return true;
        return false;
    }
}
