package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.Shift;
import org.receptionbot.visit.VisitBoards;
import org.receptionbot.visit.VisitFlag;
import org.receptionbot.visit.VisitStep;

/**
 * Visit reports and changes in the conversation: what they did to the routes' lists, for the
 * answer ("北海线：湖南省住房和城乡建设厅 3人（原2人）"), and the changes to confirm before they are
 * recorded because they take more people off a route than the delegation has there.
 */
public final class VisitEffects {
    private final Event event;
    private final RecordText texts;
    private final VisitBoards boards;
    private final VisitDoubts doubts;
    private final AllAboard allAboard;

    public VisitEffects(Event event, VisitBoards boards, Ledger ledger) {
        this.event = event;
        this.texts = new RecordText(event);
        this.boards = boards;
        this.doubts = new VisitDoubts(texts, boards, new VisitSizes(event, boards));
        this.allAboard = new AllAboard(event, boards, ledger);
    }

    /** Each route an applied entry changed, the delegation's people after and before; then those routes' totals. */
    List<String> lines(List<Entry> entries) {
        List<String> lines = new ArrayList<>();
        Set<String> routes = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (!visit(e.record())) continue;
            VisitStep step = step(e);
            if (step == null) continue;
            String who = texts.delegation(e.record().delegation());
            for (Shift s : step.shifts()) {
                lines.add(texts.route(s.route()) + "：" + who + " " + s.after() + "人（原" + s.before() + "人）");
                routes.add(s.route());
            }
            if (step.flag() == VisitFlag.FROM_UNKNOWN) lines.add(unknownFrom((VisitChange) e.record()));
            else if (step.shifts().isEmpty()) lines.add("（" + unchanged(e.record()) + "人数未变）");
        }
        lines.addAll(moved(entries, routes));
        for (String r : routes) boards.list(r).ifPresent(l -> lines.add(total(l)));
        for (Entry e : entries)
            if (visit(e.record())) over(e.record().delegation(), routes).ifPresent(lines::add);
        return lines.stream().distinct().toList();
    }

    /**
     * What a route's receiving site is told of applied entries: the visit records and the routes' figures
     * after them, nothing of the meals, movements or issues said beside them.
     */
    String siteLines(List<Entry> entries) {
        List<String> said = new ArrayList<>();
        for (Entry e : entries) if (visit(e.record())) said.add(texts.describe(e.record()));
        said.addAll(lines(entries));
        return String.join("\n", said);
    }

    /**
     * "北海线：浙江省住房和城乡建设厅 8→6人（考察出发时不在会的人员不计入）": each route figure the applied movements
     * changed (people leaving before the route's departure, or not there yet); adds the routes to
     * {@code routes}.
     */
    private List<String> moved(List<Entry> entries, Set<String> routes) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> delegations = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (e.record() instanceof Movement m && m.delegation() != null && ids.add(e.id()))
                delegations.add(m.delegation());
        }
        List<String> lines = new ArrayList<>();
        if (ids.isEmpty()) return lines;
        for (VisitRoute r : event.visits()) {
            RouteList now = boards.list(r.id()).orElseThrow();
            RouteList before = boards.listWithout(r.id(), ids).orElseThrow();
            for (String d : delegations) {
                if (now.people(d) == before.people(d)) continue;
                String why = now.people(d) < before.people(d) ? "（考察出发时不在会的人员不计入）" : "";
                lines.add(r.name() + "：" + texts.delegation(d) + " " + before.people(d) + "→" + now.people(d) + "人"
                        + why);
                routes.add(r.id());
            }
        }
        return lines;
    }

    /** "⚠甘肃省住房和城乡建设厅考察共计14人，多于全团4人": the routes on the road with a changed one hold more of the delegation than it has. */
    private Optional<String> over(String delegation, Set<String> changed) {
        var d = delegation == null ? null : event.delegation(delegation).orElse(null);
        if (d == null) return Optional.empty();
        for (String id : changed) {
            VisitRoute route = event.route(id).orElse(null);
            if (route == null) continue;
            int n = event.visits().stream()
                    .filter(r -> r.date().equals(route.date()) && (r.id().equals(id) || r.overlaps(route)))
                    .mapToInt(r -> boards.people(r.id(), delegation))
                    .sum();
            if (n > d.size()) return Optional.of("⚠" + d.name() + "考察共计" + n + "人，多于全团" + d.size() + "人，请核实");
        }
        return Optional.empty();
    }

    /** What an entry that moved no one left as it was: its route ("柳州线"), else its delegation's visits. */
    private String unchanged(Record r) {
        if (r instanceof Visit v) return texts.route(v.route());
        if (r instanceof VisitChange c && (c.to() != null || c.from() != null))
            return texts.route(c.to() != null ? c.to() : c.from());
        return texts.delegation(r.delegation()) + "考察";
    }

    /** "4号车人齐了": the head count it stands for ({@link AllAboard}); empty when the figure is asked. */
    Optional<Record> allAboard(Gap gap, LocalDate today) {
        return allAboard.count(gap, today);
    }

    /** The routes an applied entry changed whose buses had already left when it was sent, in the event file's order. */
    List<VisitRoute> departed(List<Entry> entries, Instant at) {
        Set<String> changed = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (!visit(e.record())) continue;
            VisitStep step = step(e);
            if (step != null) step.shifts().forEach(s -> changed.add(s.route()));
        }
        return event.visits().stream()
                .filter(r -> changed.contains(r.id()))
                .filter(r -> !at.isBefore(r.departure().atZone(event.zone()).toInstant()))
                .toList();
    }

    /**
     * The question to confirm, when a change would take more people off a route than the
     * delegation has there (or off the visits when it has no one on any), or would put more of a
     * delegation's people on a route than it has ({@link VisitSizes}); empty otherwise.
     */
    Optional<String> doubt(List<Record> records, LocalDate sent) {
        return doubts.doubt(records, sent);
    }

    /** The delegation has people on several routes and the change named none to leave. */
    private String unknownFrom(VisitChange c) {
        if (c.to() == null) return "（未说明是哪条线路的人员，各线路人数未改，请注明线路后再发，如“北海线有2人不去了”）";
        return "（未说明从哪条线路调出，只计入" + texts.route(c.to()) + "，其他线路人数未改，请核对）";
    }

    private VisitStep step(Entry e) {
        for (RouteList l : boards.board(null, e.day()).routes()) {
            for (VisitStep s : l.changes()) if (s.entry().id().equals(e.id())) return s;
        }
        return null;
    }

    private static String total(RouteList l) {
        String seats = l.seats() == null ? "" : "，座位" + l.seats() + "个";
        String over = l.overSeats() ? "，⚠超出座位" + (l.total() - l.seats()) + "人" : "";
        return l.route().name() + "合计" + l.total() + "人（计划" + l.plannedTotal() + "人" + seats + over + "）";
    }

    private static boolean visit(Record r) {
        return r instanceof Visit || r instanceof VisitChange;
    }
}
