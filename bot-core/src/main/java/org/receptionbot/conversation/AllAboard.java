package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;
import org.receptionbot.visit.BusCount;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;

/** What "人齐" on a vehicle stands for: a figure only when the bot knows the vehicle's people that day. */
final class AllAboard {
    private final Event event;
    private final VisitBoards boards;
    private final TeamBusShare team;

    AllAboard(Event event, VisitBoards boards, Ledger ledger) {
        this.event = event;
        this.boards = boards;
        this.team = new TeamBusShare(event, ledger);
    }

    /**
     * "4号车人齐了": the head count a question for the figure stands for, when the text says everyone
     * is aboard and the bot knows the vehicle's people that day ({@link #expected}) and they fit its
     * seats; empty otherwise, and the sender is asked for the figure.
     */
    Optional<Record> count(Gap gap, LocalDate today) {
        if (gap.missing() != Gap.Field.COUNT || !(gap.draft() instanceof Headcount h)) return Optional.empty();
        String said = gap.statement();
        if (!said.contains("齐") || said.contains("没齐") || said.contains("不齐")) return Optional.empty();
        Vehicle v = event.vehicle(h.vehicle()).orElse(null);
        if (v == null) return Optional.empty();
        Integer expected = expected(v, today);
        if (expected == null || expected == 0 || v.seats() != null && expected > v.seats()) return Optional.empty();
        return Optional.of(new Headcount(h.vehicle(), expected, h.delegation()));
    }

    /**
     * The people a vehicle carries on {@code today}: the people of the one route of the day it alone
     * carries; on a route shared with other vehicles, its own delegation's people on that route when
     * no other vehicle of the route carries that delegation, else its own earlier count that day,
     * else what the other buses' counts leave of the route; with no route that day, its delegation's
     * size, or its share of it when the delegation rides several buses ({@link TeamBusShare}); null when the bot does
     * not know.
     */
    private Integer expected(Vehicle v, LocalDate today) {
        List<VisitRoute> routes = event.routesOf(v.id()).stream()
                .filter(r -> r.date().equals(today))
                .toList();
        if (routes.size() > 1) return null;
        if (routes.isEmpty() && team.shared(v)) return team.of(v, today);
        if (routes.isEmpty())
            return v.delegation() == null
                    ? null
                    : event.delegation(v.delegation()).map(d -> d.size()).orElse(null);
        VisitRoute r = routes.get(0);
        if (r.vehicles().size() == 1)
            return boards.list(r.id()).map(RouteList::total).orElse(null);
        Integer share = v.delegation() == null ? null : share(v, r);
        return share != null
                ? share
                : boards.list(r.id()).map(l -> counted(l, v)).orElse(null);
    }

    private Integer share(Vehicle v, VisitRoute r) {
        boolean shared = r.vehicles().stream()
                .filter(o -> !o.equals(v.id()))
                .map(event::vehicle)
                .flatMap(Optional::stream)
                .anyMatch(o -> v.delegation().equals(o.delegation()));
        return shared ? null : boards.people(r.id(), v.delegation());
    }

    /**
     * On a shared route with no share of its own: the bus's own count earlier that day, which 人齐
     * confirms; else, when every other bus of the route has counted, the route's people they leave.
     */
    private static Integer counted(RouteList l, Vehicle v) {
        Optional<BusCount> own =
                l.buses().stream().filter(b -> b.vehicle().id().equals(v.id())).findFirst();
        if (own.isPresent() && own.get().reported()) return own.get().counted();
        List<BusCount> others =
                l.buses().stream().filter(b -> !b.vehicle().id().equals(v.id())).toList();
        if (others.isEmpty() || !others.stream().allMatch(BusCount::reported)) return null;
        int rest = l.total() - others.stream().mapToInt(BusCount::counted).sum();
        return rest > 0 ? rest : null;
    }
}
