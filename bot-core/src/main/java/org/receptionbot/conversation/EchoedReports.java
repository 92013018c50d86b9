package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;

/**
 * A coordinator's message the parser read as an echo of a report ("收到，湖南明天走", "好的 吉林北海4个"), told
 * from a relay of new information by what the ledger holds ({@link ParseOutcome#echoed()}). A record whose fact
 * the ledger holds for the delegation (the meal's figure as it stands, or the same change on file; a movement of the
 * same people that day; the route's figure) repeats a report: nothing is said. A record it does not hold is new:
 * the coordinator's report, taken and answered as any. A change (少3个, 名单加1人) not on file while the same
 * serving or route was reported within {@link #RECENT} may be that report in other words or a change beside it:
 * it is asked, not applied twice.
 *
 * <p>Only meals, movements and visits are weighed: a coordinator's 收到 on a bus count or a problem answers it
 * ("收到，3号车可以多坐两位" is no count), and a record with no delegation has nothing to be compared with.
 */
final class EchoedReports {
    /** How long a report stays one a change may echo in other words. */
    static final Duration RECENT = Duration.ofHours(2);

    private final Event event;
    private final Ledger ledger;
    private final MealBoards meals;
    private final VisitBoards visits;
    private final MovementMatches movements;
    private final RecordText texts;

    EchoedReports(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
        this.meals = new MealBoards(event, ledger);
        this.visits = new VisitBoards(event, ledger);
        this.movements = new MovementMatches(event, ledger);
        this.texts = new RecordText(event);
    }

    /**
     * What a coordinator's echoed records come to.
     *
     * @param fresh records the ledger does not hold: the relay's, to take
     * @param doubtful changes that may repeat a recent report in other words: to ask about
     */
    record Sorted(List<Record> fresh, List<Record> doubtful) {
        static final Sorted NONE = new Sorted(List.of(), List.of());

        /** Everything the ledger does not hold: asked about whole when some of it is doubtful. */
        List<Record> all() {
            List<Record> all = new ArrayList<>(fresh);
            all.addAll(doubtful);
            return List.copyOf(all);
        }
    }

    /** The echoed records of {@code read} a coordinator's message holds, sorted; none for anyone else's. */
    Sorted sort(ParseOutcome read, Asked asked) {
        if (read.echoed().isEmpty() || !asked.sender().coordinator()) return Sorted.NONE;
        List<Record> fresh = new ArrayList<>();
        List<Record> doubtful = new ArrayList<>();
        for (Record r : read.echoed()) {
            if (!weighed(r) || held(r, asked)) continue;
            if (relative(r) && reportedRecently(r, asked)) doubtful.add(r);
            else fresh.add(r);
        }
        return new Sorted(List.copyOf(fresh), List.copyOf(doubtful));
    }

    /**
     * {@code read} of an edited message, with its echoed records taken when its earlier version was taken as a relay
     * ({@code relayed}: a relay corrected stays one), else when the ledger does not hold them; a change in doubt is
     * left out, as an edit is no place for a question.
     */
    ParseOutcome edited(ParseOutcome read, Asked asked, boolean relayed) {
        if (read.echoed().isEmpty() || !asked.sender().coordinator()) return read;
        List<Record> taken = relayed
                ? read.echoed().stream().filter(this::weighed).toList()
                : sort(read, asked).fresh();
        return taken.isEmpty() ? read : new ParseOutcome.Understood(taken);
    }

    /**
     * The question for records of which some are {@link Sorted#doubtful}: "该项近期已有报告，是否另行记录：湖南省代表团
     * 11月22日（周日）晚餐 减少3人？".
     */
    String question(List<Record> records) {
        StringBuilder what = new StringBuilder();
        for (Record r : records) what.append(what.isEmpty() ? "" : "；").append(texts.describe(r));
        return "该项近期已有报告，是否另行记录：" + what + "？";
    }

    private boolean weighed(Record r) {
        if (r.delegation() == null || event.delegation(r.delegation()).isEmpty()) return false;
        if (r instanceof Visit v) return v.route() != null;
        return r instanceof MealRecord || r instanceof Movement || r instanceof VisitChange;
    }

    private static boolean relative(Record r) {
        return Repeats.relative(r) && !(r instanceof Movement) || r instanceof VisitChange;
    }

    /** Whether the ledger holds the fact of {@code r} for its delegation. */
    private boolean held(Record r, Asked asked) {
        if (r instanceof Movement m) return heldMovement(m);
        if (entries(r).anyMatch(e -> e.record().equals(r) || sameFigureLately(e, r, asked))) return true;
        if (r instanceof MealCount c && !c.asPlanned()) return standing(c, c.count());
        if (r instanceof MealCancel c && c.wholeDelegation()) return standing(c, 0);
        if (r instanceof Visit v && v.count() != null) return visits.people(v.route(), v.delegation()) == v.count();
        return false;
    }

    /** The serving's figure for the delegation is {@code figure} and was reported (not only planned). */
    private boolean standing(MealRecord m, int figure) {
        return event.meal(m.meal())
                .map(meal -> meals.count(m.date(), meal, m.delegation()))
                .filter(DinerCount::reported)
                .filter(c -> c.diners() == figure)
                .isPresent();
    }

    /** A movement of the same people that day, with no other clock time or ticket. */
    private boolean heldMovement(Movement m) {
        return ledger.activeMovements().stream()
                .map(Entry::record)
                .filter(x -> x.getClass() == m.getClass())
                .map(Movement.class::cast)
                .filter(x -> m.delegation().equals(x.delegation()) && m.date().equals(x.date()))
                .filter(x -> movements.samePeople(m, x))
                .anyMatch(x -> either(m.time(), x.time()) && either(m.transport(), x.transport()));
    }

    private static boolean either(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }

    /**
     * "好的 陕西中午30" read for today after the liaison's "明天中午30": the same meal and figure of the delegation
     * reported within {@link #RECENT}, on a neighbouring day.
     */
    private static boolean sameFigureLately(Entry held, Record r, Asked asked) {
        return held.record() instanceof MealRecord h
                && r instanceof MealRecord m
                && h.getClass() == m.getClass()
                && h.delegation().equals(m.delegation())
                && h.meal().equals(m.meal())
                && Objects.equals(figure(h), figure(m))
                && !held.source().at().isBefore(asked.now().minus(RECENT));
    }

    private static Integer figure(MealRecord m) {
        return m instanceof MealCount c ? c.count() : m instanceof MealCancel c ? c.count() : ((MealAdd) m).count();
    }

    /** Whether the same serving or route of the delegation was reported within {@link #RECENT}. */
    private boolean reportedRecently(Record r, Asked asked) {
        return entries(r)
                .filter(e -> !e.source().at().isBefore(asked.now().minus(RECENT)))
                .anyMatch(e -> sameSubject(e.record(), r));
    }

    private static boolean sameSubject(Record held, Record r) {
        if (!Objects.equals(held.delegation(), r.delegation())) return false;
        if (held instanceof MealRecord h && r instanceof MealRecord m)
            return h.meal().equals(m.meal()) && h.date().equals(m.date());
        return (held instanceof Visit || held instanceof VisitChange) && r instanceof VisitChange;
    }

    /** The entries in force on the days {@code r} may be filed under: its meal's day and the days beside it, the visit days. */
    private Stream<Entry> entries(Record r) {
        List<LocalDate> days = r instanceof MealRecord m
                ? List.of(m.date().minusDays(1), m.date(), m.date().plusDays(1))
                : event.visits().stream().map(VisitRoute::date).distinct().toList();
        return days.stream().flatMap(d -> ledger.day(d).active().stream());
    }
}
