package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.access.People;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.VisitChange;

/**
 * What stops records from being applied: a date outside the event, or someone acting for another
 * delegation; and what makes the bot ask before applying (no delegation, an absurd count). The two
 * static rules are public so that the {@code parse} mode asks where the bot would.
 */
public final class Checks {
    private final Event event;
    private final People people;
    private final FigureSizes sizes;
    private final OutsideDates dates;
    private final MovementReporters movers;

    public Checks(Event event, People people) {
        this.event = event;
        this.people = people;
        this.movers = new MovementReporters(event);
        this.sizes = new FigureSizes(event);
        this.dates = new OutsideDates(event);
    }

    People people() {
        return people;
    }

    /** Who reports movements besides a delegation's liaisons ({@link MovementReporters}). */
    MovementReporters movers() {
        return movers;
    }

    /**
     * The records split by their dates: those dated outside the event (a meal outside its days, an arrival or
     * departure outside its reception period, see {@link Event#receives}) are refused with a note; the others,
     * issues among them, are still applied.
     */
    Dated dated(List<Record> records) {
        return dated(records, List.of());
    }

    /**
     * As {@link #dated(List)}, with the movements {@code onRecord}: a delegation reported to leave on the day after the
     * last day ("我们改30号走") may report that day's meals.
     */
    Dated dated(List<Record> records, List<Record> onRecord) {
        List<Record> known = new ArrayList<>(records);
        known.addAll(onRecord);
        List<Record> kept = new ArrayList<>();
        Optional<String> note = Optional.empty();
        for (Record r : records) {
            Optional<String> outside = dates.outside(r, known);
            if (outside.isEmpty()) kept.add(r);
            else if (note.isEmpty()) note = outside;
        }
        return new Dated(List.copyOf(kept), note);
    }

    /** The records that may be applied for their dates, and the note on those refused, if any. */
    record Dated(List<Record> kept, Optional<String> note) {}

    /**
     * The refusal to answer, if any record may not be applied for whom it is for; then none of the message is. The
     * records are those {@link #dated} kept: their dates are not checked again.
     */
    Optional<String> refusal(List<Record> records, Asked asked) {
        for (Record r : records) {
            if (r instanceof Issue || r instanceof Headcount) continue;
            // 2号车有个同志在服务区下车了 (…天津): the liaison of a route's bus takes people who got off it off the visit.
            if (r instanceof VisitChange c && c.to() == null && routeBusLiaison(asked)) continue;
            // 3号车 北海返程 实到27 河北那个处长留在北海了: a route bus's liaison reports on the teams of its route.
            if (onLiaisonsRoute(r.delegation(), asked)) continue;
            // 1号车已接到河北厅6位: a bus liaison's pickup of a named delegation is its arrival (BusPickups).
            if (r instanceof org.receptionbot.record.Arrival && BusPickups.reporter(event, asked)) continue;
            // 报到处：湖北厅7人刚到: the registration desk and the bus liaisons report the movements they see.
            if (movers.may(r, asked)) continue;
            String refusal = people.refusal(asked.sender(), r.delegation());
            if (refusal != null) return Optional.of(refusal);
        }
        return Optional.empty();
    }

    /** Whether the sender, bound to no delegation, is the liaison of a bus of a route that day. */
    private boolean routeBusLiaison(Asked asked) {
        if (asked.sender().delegation() != null) return false;
        for (org.receptionbot.event.Vehicle v :
                event.vehiclesRiddenBy(asked.chat().platform(), asked.sender().userId()))
            for (org.receptionbot.event.VisitRoute r : event.visits())
                if (r.date().equals(asked.today()) && r.uses(v.id())) return true;
        return false;
    }

    /**
     * Whether {@code delegation} is planned on the route of a bus the sender, bound to no delegation, rides as its
     * liaison that day: what that bus liaison may report about.
     */
    private boolean onLiaisonsRoute(String delegation, Asked asked) {
        if (delegation == null || asked.sender().delegation() != null) return false;
        for (org.receptionbot.event.Vehicle v :
                event.vehiclesRiddenBy(asked.chat().platform(), asked.sender().userId()))
            for (org.receptionbot.event.VisitRoute r : event.visits())
                if (r.date().equals(asked.today()) && r.uses(v.id()) && r.planned(delegation) > 0) return true;
        return false;
    }

    /** Warnings for meal figures recorded although they are far from their delegation's size ({@link FigureSizes}). */
    Optional<String> sizeWarnings(List<Record> records) {
        return sizes.sizeWarnings(records);
    }

    /** True when the chat holds a record until its figure is confirmed ({@link FigureSizes#absurd(Record)}). */
    boolean absurd(Record r) {
        return sizes.absurd(r);
    }

    /** The absurd ones of the records, a line each with the delegation's size. */
    String absurdCounts(List<Record> records) {
        return sizes.absurdCounts(records);
    }

    /**
     * True when a record's figure is far from its delegation's size, so the bot asks to confirm it
     * ({@link FigureSizes#absurd(Event, Record)}).
     */
    public static boolean absurd(Event event, Record r) {
        return FigureSizes.absurd(event, r);
    }

    /** A meal or movement with no delegation: the question to ask instead of applying it. */
    public static boolean needsDelegation(Record r) {
        return (r instanceof MealRecord || r instanceof Movement) && r.delegation() == null;
    }
}
