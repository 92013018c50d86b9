package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Visit;

/**
 * A route's people named as a group and then said to do something other than go on it: "柳州那4个回来吃", "百色的3个还在路上",
 * "北海5个回来了", "甘肃4个百色的 晚上估计回来很晚了", "厦门三个也是北海直接飞", "我们北海的五个人 明天不回南宁了". The route
 * only says which of the delegation's people are meant; the figure is no sign-up and gives no VISIT. A route with a
 * going word after it ("北海的3个都去") stays a visit, and so does a listing whose figure stands apart from what follows
 * ("北海3 柳州2 晚上都回来吃").
 */
final class RouteGroupElsewhere {
    /** What may stand between a route and its people, marking them as the route's group (北海的, 柳州那, 百色那边的). */
    private static final String[] MARKERS = {"那边的", "这边的", "那边", "线的", "的", "那", "这"};

    /** What the route's people are said to do instead of going: come back, be on the way, fly or leave from there. */
    private static final String[] ELSEWHERE = {
        "回来", "回不来", "回山庄", "回南宁", "不回", "没回", "还在路上", "在路上", "还没到", "直接飞", "飞", "直接从", "直接走", "去机场", "机场", "晚点吃"
    };

    /**
     * What, right after the route's people with nothing marking them as its group, says where they are or that they
     * leave from there (北海5个回来了, 北海直接飞); a plan such as "北海5个不回来吃" stays a visit beside its meal.
     */
    private static final String[] ADJACENT = {"回来了", "还在路上", "在路上", "还没到", "直接飞", "飞", "直接从", "直接走", "去机场", "机场"};

    /** Words of going on, joining or changing a route, which keep the figure a visit's. */
    private static final String[] GOING = {
        "去", "参加", "报", "跟", "随", "考察", "上车", "出发", "改", "换", "加", "少", "确认", "不变", "没变", "照常", "还是"
    };

    /** Characters that end what is said of the group. */
    private static final String STOPS = "，,。；;！!？?\n（(）)";

    private RouteGroupElsewhere() {}

    /** {@code read} without the visits whose route only names a group of people said to do something else. */
    static ParseOutcome apply(ParseOutcome read, Lexicon lexicon, Front front) {
        if (!lexicon.hasRoutes() || read.records().isEmpty()) return read;
        ParseOutcome kept = VisitsDropped.without(read, v -> elsewhere(v, front));
        // 江苏 晚饭 百色的3个还在路上 北海5个回来了 …合计还是9个: the route's people were all that was read of a report
        // about a meal or a ticket; asked rather than dropped in silence
        if (kept instanceof ParseOutcome.NothingToRecord && reports(front))
            return new ParseOutcome.Incomplete(
                    List.of(),
                    List.of(new Gap(Gap.Field.UNCLEAR, null, front.original().strip())),
                    kept.saidNow());
        return kept;
    }

    /** Whether the message names a meal or a train or flight, what a report beside the route's people is about. */
    private static boolean reports(Front front) {
        for (Mention m : front.mentions())
            if (m instanceof Mention.Meals || m instanceof Mention.Transport) return true;
        return false;
    }

    private static boolean elsewhere(Visit v, Front front) {
        boolean named = false;
        for (Mention m : front.mentions()) {
            if (!(m instanceof Mention.Route r) || !r.id().equals(v.route())) continue;
            if (!group(r, front)) return false;
            named = true;
        }
        return named;
    }

    /** Whether the route {@code r} names a group of people who are then said to do something else. */
    private static boolean group(Mention.Route r, Front front) {
        String t = front.text();
        int at = r.end();
        if (at < t.length() && (t.charAt(at) == '线' || t.charAt(at) == '组')) at++;
        String marker = startingAt(t, at, MARKERS);
        boolean marked = marker != null || figureBefore(r, front) && t.startsWith("的", at);
        if (marker != null) at += marker.length();
        Mention.Count figure = countAt(front, at);
        if (figure != null) at = figure.end();
        if (t.startsWith("人", at)) at++;
        if (startingAt(t, at, ADJACENT) != null) return true;
        return marked && saidAfter(t, at);
    }

    /** Whether, in what follows (across one space), the group is said to do something else before any going word. */
    private static boolean saidAfter(String t, int from) {
        boolean said = false;
        for (int i = from; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (STOPS.indexOf(ch) >= 0) return false;
            // 甘肃4个百色的 晚上估计回来很晚了: a space right after the group; after words of its own, the end of them
            if (ch == ' ') {
                if (said) return false;
                continue;
            }
            said = true;
            if (startingAt(t, i, ELSEWHERE) != null) return true;
            if (startingAt(t, i, GOING) != null) return false;
        }
        return false;
    }

    /** "4个百色的": a figure of people right before the route. */
    private static boolean figureBefore(Mention.Route r, Front front) {
        for (Mention m : front.mentions())
            if (m instanceof Mention.Count n && n.unit() && n.end() == r.start()) return true;
        return false;
    }

    private static Mention.Count countAt(Front front, int at) {
        for (Mention m : front.mentions()) if (m instanceof Mention.Count n && n.start() == at) return n;
        return null;
    }

    private static String startingAt(String t, int at, String[] words) {
        for (String w : words) if (t.startsWith(w, at)) return w;
        return null;
    }
}
