package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.visit.VisitBoards;

/**
 * Drop-outs checked against the routes' lists as they stand. "王处不去考察了" names no route: from a
 * delegation with people on one route of the day it leaves that route; with people on several, the
 * route is asked. "柳州线少1人" from a delegation with no one on 柳州线 but people on another route is
 * asked too (the route is likely wrong), not recorded. A delegation with no one on any route is left
 * to the confirmation of changes below zero. A switch to a route that names none left ("有1人改去百色") leaves the
 * delegation's one other route of that day; with people on several, the route left is asked.
 */
final class VisitRouteAsks {
    private final Event event;
    private final VisitBoards boards;

    VisitRouteAsks(Event event, VisitBoards boards) {
        this.event = event;
        this.boards = boards;
    }

    ParseOutcome check(ParseOutcome outcome, String text, LocalDate sent) {
        return check(outcome, text, sent, null);
    }

    /**
     * @param vehicle the bus whose liaison sent the message, or null: a drop-out naming no route, from a delegation
     *     with people on several, leaves the one route of the day this bus serves, when it serves one of them
     */
    ParseOutcome check(ParseOutcome outcome, String text, LocalDate sent, String vehicle) {
        if (outcome instanceof ParseOutcome.Incomplete i) return withoutCountedAsks(i);
        if (!(outcome instanceof ParseOutcome.Understood u)) return outcome;
        List<Record> records = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (Record r : u.records()) {
            if (r instanceof VisitChange c && switchesFromUnnamed(c, text)) {
                List<String> left = othersOn(c);
                // 北海线我们去4个 另外2个改去柳州线: the figure said before says who stays on the route left, so the
                // switch goes first: it leaves that route, then the figure stands.
                if (left.size() == 1)
                    records.add(
                            figureBefore(records, c, left.get(0)),
                            new VisitChange(c.delegation(), c.count(), left.get(0), c.to()));
                else if (left.size() > 1) gaps.add(new Gap(Gap.Field.ROUTE, c, text));
                else records.add(r);
                continue;
            }
            if (!(r instanceof VisitChange c) || !dropsCounted(c)) {
                records.add(r);
                continue;
            }
            if (c.from() == null && countedBeside(u.records(), c)) continue;
            LocalDate day = c.from() == null
                    ? dayOf(sent)
                    : event.route(c.from()).map(VisitRoute::date).orElse(null);
            List<String> on = day == null ? List.of() : routesWithPeople(c.delegation(), day);
            boolean emptyFrom = c.from() != null && boards.people(c.from(), c.delegation()) == 0;
            // 6号车有一个湖南的同志中途下车了, from 6号车's liaison: the route that bus serves.
            String ridden = c.from() == null && on.size() > 1 ? busRoute(vehicle, day, on) : null;
            if (ridden != null) on = List.of(ridden);
            if (c.from() == null && on.size() == 1)
                records.add(new VisitChange(c.delegation(), c.count(), on.get(0), null));
            else if (c.from() == null && on.size() > 1 || emptyFrom && !on.isEmpty())
                gaps.add(new Gap(Gap.Field.ROUTE, new VisitChange(c.delegation(), c.count(), null, null), text));
            else records.add(r);
        }
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(records, u.further())
                : new ParseOutcome.Incomplete(records, gaps);
    }

    /**
     * A drop-out naming no route beside the delegation's route figures in the same message that leave room for
     * it within the delegation's size ("北海线3个 柳州线3个 不变 另外1个领导不去考察" from 7): those figures
     * already say who goes, so it changes no route and asks none.
     */
    private boolean countedBeside(List<Record> records, VisitChange c) {
        List<Visit> figures = records.stream()
                .filter(r -> r instanceof Visit v && c.delegation().equals(v.delegation()) && v.route() != null)
                .map(Visit.class::cast)
                .toList();
        if (figures.isEmpty() || figures.stream().anyMatch(Visit::wholeDelegation)) return false;
        int going = figures.stream().mapToInt(Visit::count).sum();
        return event.delegation(c.delegation())
                .map(d -> going + c.count() <= d.size())
                .orElse(false);
    }

    /** Where the switch goes among {@code records}: before a figure of its delegation on {@code route}, else last. */
    private static int figureBefore(List<Record> records, VisitChange c, String route) {
        for (int i = 0; i < records.size(); i++)
            if (records.get(i) instanceof Visit v
                    && c.delegation().equals(v.delegation())
                    && route.equals(v.route())
                    && v.count() != null) return i;
        return records.size();
    }

    /** The parser's route questions left out where the drop-out is counted beside ({@link #countedBeside}). */
    private ParseOutcome withoutCountedAsks(ParseOutcome.Incomplete i) {
        List<Gap> gaps = i.gaps().stream()
                .filter(g -> !(g.missing() == Gap.Field.ROUTE
                        && g.draft() instanceof VisitChange c
                        && dropsCounted(c)
                        && c.from() == null
                        && countedBeside(i.records(), c)))
                .toList();
        if (gaps.size() == i.gaps().size()) return i;
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(i.records(), false, i.saidNow())
                : new ParseOutcome.Incomplete(i.records(), gaps, i.saidNow());
    }

    /**
     * "湘鄂两个团各有1人改去百色": a switch of a known delegation's people to a route, said as a switch, naming no
     * route left.
     */
    private boolean switchesFromUnnamed(VisitChange c, String text) {
        return c.delegation() != null
                && c.count() != null
                && c.from() == null
                && c.to() != null
                && event.route(c.to()).isPresent()
                && VisitAdditions.switches(text);
    }

    /** The other routes of the switch's day on which the delegation has people: the routes it may leave. */
    private List<String> othersOn(VisitChange c) {
        LocalDate day = event.route(c.to()).map(VisitRoute::date).orElseThrow();
        return routesWithPeople(c.delegation(), day).stream()
                .filter(id -> !id.equals(c.to()))
                .toList();
    }

    /** A figure of a known delegation dropping out of the visits (to no route). */
    private static boolean dropsCounted(VisitChange c) {
        return c.delegation() != null && c.count() != null && c.to() == null;
    }

    /** The first visit day on or after the day the message was sent; null after the last. */
    private LocalDate dayOf(LocalDate sent) {
        return event.visits().stream()
                .map(VisitRoute::date)
                .filter(d -> !d.isBefore(sent))
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    /** The one route of {@code day} among {@code on} that {@code vehicle} serves, or null. */
    private String busRoute(String vehicle, LocalDate day, List<String> on) {
        if (vehicle == null || day == null) return null;
        List<String> served = event.visits().stream()
                .filter(r -> r.date().equals(day) && r.uses(vehicle))
                .map(VisitRoute::id)
                .toList();
        return served.size() == 1 && on.contains(served.get(0)) ? served.get(0) : null;
    }

    private List<String> routesWithPeople(String delegation, LocalDate day) {
        return event.visits().stream()
                .filter(r -> r.date().equals(day) && boards.people(r.id(), delegation) > 0)
                .map(VisitRoute::id)
                .toList();
    }
}
