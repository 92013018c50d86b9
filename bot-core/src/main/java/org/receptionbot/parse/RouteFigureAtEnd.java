package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * "柳州线5个人 有一个身体不舒服 在房间休息 去4个", "北海线的3个人 有1个…被叫回去开会了 没去成 实际2个": a route's
 * figure, a reason some of them do not go, and at the end the figure that goes: VISIT of that last figure on the
 * route (an illness beside it stays an issue), and those called away are no departure unless they leave at an
 * hour, a part of the day or by a train of their own. The drop-out read beside
 * it ("百色线我们4个人 有一个…去不了了 实际3个") is that same change, applied once: the last figure says it.
 * A bare figure at the end ("百色线6个 有一个…不去了 5个") is read so only when the drop-out said makes it, read as a
 * change or only said between the figures (a coordinator's message naming the delegation).
 */
final class RouteFigureAtEnd {
    /** Words of a journey of their own (坐飞机走, 赶高铁): leaving the event, not only why they drop out. */
    private static final String[] TRAVEL = {"飞机", "航班", "高铁", "动车", "火车", "机场", "车站"};

    private RouteFigureAtEnd() {}

    static ParseOutcome apply(
            ParseOutcome read,
            String text,
            List<Mention> mentions,
            List<Clause> clauses,
            String sender,
            Lexicon lexicon,
            LocalDate today) {
        if (!(read instanceof ParseOutcome.Understood u)) return read;
        // 北海线6个人 …实际去5个 另外有一个同志想跟柳州线去看看: the first route's stretch ends where another route's begins
        int end = otherRouteStatement(mentions, clauses);
        if (end < text.length()) {
            text = text.substring(0, end).replaceAll("[\\s，,。；;、]+$", "");
            int cut = text.length();
            mentions = mentions.stream().filter(m -> m.end() <= cut).toList();
        }
        Mention.Route route = RouteClosingFigure.onlyRoute(mentions);
        if (route == null) return read;
        Mention.Count last = RouteClosingFigure.lastFigure(text, mentions, true);
        boolean bare = last == null;
        if (bare) last = RouteClosingFigure.lastFigure(text, mentions, false);
        if (last == null) return read;
        Mention.Count first = null;
        for (Mention m : mentions)
            if (m instanceof Mention.Count n && n.start() >= route.end() && n.start() < last.start()) {
                first = n;
                break;
            }
        if (first == null || first.value() <= last.value()) return read;
        String delegation = delegation(u.records(), sender);
        if (delegation == null) return read;
        int gone = first.value() - last.value();
        LocalDate routeDay = dayBefore(route, lexicon, today, mentions)
                ? lexicon.event.route(route.id()).orElseThrow().date()
                : null;
        if (bare
                && !RouteDropOuts.droppedOut(u.records(), route.id(), gone)
                && !RouteDropOuts.saysDropOut(clauses, mentions, first, last, gone)) return read;
        List<Record> records = new ArrayList<>();
        boolean placed = false;
        for (Record r : u.records()) {
            if (r instanceof Visit v && v.route().equals(route.id()) && !placed) {
                records.add(new Visit(v.delegation(), v.route(), last.value()));
                placed = true;
            } else if (r instanceof Departure d
                    && d.count() != null
                    && d.count() == gone
                    && !leaveBeside(clauses, route, last)) {
                continue;
            } else if (r instanceof Departure d && d.count() != null && d.count() == gone && routeDay != null) {
                // 柳州线7个人 有2个下午要回杭州 去不了了 实际5个, said the day before: they leave on the route's day
                records.add(new Departure(d.delegation(), routeDay, d.time(), d.count(), d.transport(), d.part()));
            } else if (r instanceof Issue i) {
                records.add(new Issue(i.category(), i.delegation(), between(i.text(), text, first, last), i.said()));
            } else if (!(r instanceof VisitChange c && RouteDropOuts.dropOut(c, route.id()))) records.add(r);
        }
        if (!placed) records.add(0, new Visit(delegation, route.id(), last.value()));
        return read.withRecords(records);
    }

    /**
     * "有2个下午要回杭州 去不了了 实际5个", "有1个下午3点要回武汉 没去成": whether a statement between the route and the last
     * figure says the ones who drop out leave the event besides, as {@link MovementBeside#leaversBeforeDropOut}
     * decides: their departure then stands beside the route's figure; called back with no time or train of their
     * own, they only drop out.
     */
    private static boolean leaveBeside(List<Clause> clauses, Mention.Route route, Mention.Count last) {
        for (Clause c : clauses) {
            if (c.end <= route.end() || c.start >= last.start()) continue;
            if (MovementBeside.leaversBeforeDropOut(c) != null) return true;
            // 有1个同志被叫回去开会 今晚坐飞机走 所以去4个: their own hour, train or flight of leaving, said between.
            for (Mention m : c.mentions)
                if (m.start() >= route.end()
                        && m.end() <= last.start()
                        && (m instanceof Mention.Clock || m instanceof Mention.Transport)) return true;
            String between = c.text.substring(Math.max(c.start, route.end()), Math.min(c.end, last.start()));
            for (String w : TRAVEL) if (between.contains(w)) return true;
        }
        return false;
    }

    /**
     * "有1个发烧了 去不成了": an issue's text without the route's first figure before it and the figure said last
     * after it, which are the route's (the text as it was when neither is in it).
     */
    private static String between(String issue, String text, Mention.Count first, Mention.Count last) {
        String before = text.substring(0, first.end());
        String after = text.substring(last.start());
        String own = issue;
        int at = own.indexOf(before.strip());
        if (at == 0) own = own.substring(before.strip().length());
        if (own.endsWith(after.strip()))
            own = own.substring(0, own.length() - after.strip().length());
        own = IssueTexts.tidy(own);
        return own.isEmpty() ? issue : own;
    }

    /**
     * Where the statement of a second route begins (the clause naming it, when the first route's figures all come
     * before it), or the text's length when the message names one route only.
     */
    private static int otherRouteStatement(List<Mention> mentions, List<Clause> clauses) {
        Mention.Route first = null;
        for (Mention m : mentions) {
            if (!(m instanceof Mention.Route r)) continue;
            if (first == null) first = r;
            else if (!first.id().equals(r.id())) {
                for (Clause c : clauses)
                    if (c.start > first.end() && c.start <= r.start() && r.start() < c.end) return c.start;
                return Integer.MAX_VALUE;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Whether the route is tomorrow's and the message names no day: what it says is of the route's day. */
    private static boolean dayBefore(Mention.Route route, Lexicon lexicon, LocalDate today, List<Mention> mentions) {
        if (mentions.stream().anyMatch(m -> m instanceof Mention.Day)) return false;
        return lexicon.event
                .route(route.id())
                .filter(r -> r.date().equals(today.plusDays(1)))
                .isPresent();
    }

    private static String delegation(List<Record> records, String sender) {
        for (Record r : records) {
            if (r instanceof Visit v && v.delegation() != null) return v.delegation();
            if (r instanceof Issue i && i.delegation() != null) return i.delegation();
            if (r instanceof Departure d && d.delegation() != null) return d.delegation();
        }
        return sender;
    }
}
