package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Presence;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.visit.VisitBoards;

/**
 * A few of a delegation leaving before a visit it has people on several routes of ("北京 有个同志上午发完言就走" with
 * 北京 on 北海线 and 柳州线): the plan's totals stay (the visit plan does not guess the route), and the route they were
 * on is asked; a reply naming it ("北海线") takes them off it. Not asked: the message names the route among those the
 * delegation is on ("柳州线的那个同志先走了"), or the delegation has people left on one of them only, or the message
 * gives the delegation's route figures or changes itself. A delegation planned on one route that day is lowered by
 * the visit plan itself and answered with the route's figure.
 */
final class LeaverRoutes {
    private final Event event;
    private final VisitBoards boards;

    LeaverRoutes(Event event, VisitBoards boards) {
        this.event = event;
        this.boards = boards;
    }

    /**
     * @param now when the message was sent: a departure said as happening now ("先走了") is gone by then
     */
    ParseOutcome check(ParseOutcome outcome, String text, LocalDateTime now) {
        LocalDate sent = now.toLocalDate();
        boolean goingNow = outcome.saidNow() != null && outcome.saidNow().kind() == SaidNow.Kind.DEPARTURE;
        List<Record> read;
        List<Gap> gaps;
        if (outcome instanceof ParseOutcome.Understood u) {
            read = u.records();
            gaps = new ArrayList<>();
        } else if (outcome instanceof ParseOutcome.Incomplete i) {
            read = i.records();
            gaps = new ArrayList<>(i.gaps());
        } else return outcome;
        List<Record> records = new ArrayList<>(read);
        int asked = gaps.size();
        for (Record r : read) {
            if (!(r instanceof Departure said) || !few(said) || routesSaid(read, said.delegation())) continue;
            Departure d = goingNow && said.time() == null && said.part() == null
                    ? new Departure(
                            said.delegation(),
                            sent,
                            now.toLocalTime().truncatedTo(ChronoUnit.MINUTES),
                            said.count(),
                            said.transport())
                    : said;
            List<String> on = routesLeft(d, sent);
            if (on.size() < 2 && !plannedOnSeveral(d, sent)) continue;
            String named = named(on, text);
            if (named == null && on.size() == 1) named = on.get(0);
            if (named == null && on.size() < 2) continue;
            // gone now ("先走了"): recorded at the message's minute, as a departure said alone would be
            if (d != said) records.set(records.indexOf(said), d);
            if (named != null) records.add(new VisitChange(d.delegation(), d.count(), named, null));
            else gaps.add(new Gap(Gap.Field.ROUTE, new VisitChange(d.delegation(), d.count(), null, null), text));
        }
        if (records.size() == read.size() && gaps.size() == asked) return outcome;
        boolean further = outcome instanceof ParseOutcome.Understood u && u.further();
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(records, further, outcome.saidNow())
                : new ParseOutcome.Incomplete(records, gaps, outcome.saidNow());
    }

    /** A departure of a known delegation's few, not the whole team. */
    private boolean few(Departure d) {
        return d.delegation() != null
                && d.count() != null
                && event.delegation(d.delegation())
                        .map(g -> d.count() < g.size())
                        .orElse(false);
    }

    /** The message gives the delegation's route figures or changes itself. */
    private static boolean routesSaid(List<Record> records, String delegation) {
        return records.stream()
                .anyMatch(r -> (r instanceof Visit || r instanceof VisitChange) && delegation.equals(r.delegation()));
    }

    /**
     * The routes of the departure's day the plan has the delegation on, or its own words put it on ({@link
     * VisitBoards#spreadByOwnWord}), which leave after the leavers are gone.
     */
    private List<VisitRoute> left(Departure d, LocalDate sent) {
        LocalDate day = d.date() == null ? sent : d.date();
        Delegation g = event.delegation(d.delegation()).orElseThrow();
        boolean spread = boards.spreadByOwnWord(d.delegation(), day);
        return event.visits().stream()
                .filter(r -> r.date().equals(day)
                        && (r.planned(d.delegation()) > 0 || spread && boards.people(r.id(), d.delegation()) > 0))
                .filter(r -> gone(g, d, r))
                .toList();
    }

    /** The plan has the delegation on several routes, or its own words spread it: the visit plan guesses no route. */
    private boolean plannedOnSeveral(Departure d, LocalDate sent) {
        return left(d, sent).size() > 1 || boards.spreadByOwnWord(d.delegation(), d.date() == null ? sent : d.date());
    }

    /** Of {@link #left}, those the delegation has people on now. */
    private List<String> routesLeft(Departure d, LocalDate sent) {
        return left(d, sent).stream()
                .map(VisitRoute::id)
                .filter(id -> boards.people(id, d.delegation()) > 0)
                .toList();
    }

    private static boolean gone(Delegation g, Departure d, VisitRoute r) {
        var at = r.departure();
        return Presence.of(g, List.of(d)).people(at, at)
                < Presence.of(g, List.of()).people(at, at);
    }

    /** The one route of {@code on} the text names; else null. */
    private String named(List<String> on, String text) {
        List<String> said = on.stream()
                .filter(id -> event.route(id).orElseThrow().words().stream().anyMatch(text::contains))
                .toList();
        return said.size() == 1 ? said.get(0) : null;
    }
}
