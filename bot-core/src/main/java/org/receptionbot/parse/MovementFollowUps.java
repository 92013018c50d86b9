package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.List;
import org.receptionbot.message.Gap;

/** Clauses that complete or change the movement before them (共28人, 乘G1234, 提前到24号). */
final class MovementFollowUps {
    private final Reading reading;
    private final MovementRules rules;

    MovementFollowUps(Reading reading, MovementRules rules) {
        this.reading = reading;
        this.rules = rules;
    }

    /** 现在提前到24号中午: moves the last movement to the new date and time; 航班号变成MU5487 gives its new train or flight. */
    static void amend(Clause c, Draft last) {
        String transport = Figures.transport(c);
        if (transport != null) last.transport = transport;
        List<Mention.Day> days = c.current(Mention.Day.class);
        LocalTime time = Figures.time(c);
        if (days.isEmpty() && time == null) return;
        if (!days.isEmpty()) last.date = days.get(0).date();
        last.time = time;
        last.part = time == null ? MovementPlacing.part(c) : null;
        if (last.date != null && last.missing == Gap.Field.DATE) last.missing = null;
    }

    /**
     * A clause with no statement of its own completes the one before it (共28人, 乘G1234), or is the next
     * batch of the same movement when it has its own time (下午4点其余18人坐G1294); before any movement,
     * its figure and train wait for the movement that follows.
     */
    void attach(Clause c, ClauseState state, Drafts drafts) {
        Draft last = TripAfterMeal.movement(c, drafts);
        if (last == null || !(last.isMovement() || last.kind == Draft.Kind.HEADCOUNT)) {
            // 湖北 28号下午3点 (第一批30人坐G1502): a delegation's day and time wait for the batch that follows too.
            // 甘肃4人 D3722 (明天下午三点) 回兰州: so does the time said after people waiting for their verb.
            boolean timed = (!c.teams().isEmpty() || drafts.waiting().any())
                    && !c.all(Mention.Clock.class).isEmpty();
            if (Figures.people(c) != null || Figures.transport(c) != null || timed)
                drafts.waiting().add(c);
            return;
        }
        // (天津4人 晚上6点半到，)河北6人 CA1335 (下午4点15到): another delegation's people, with no day or time, wait
        // for their own verb (an arrival with neither would be no record).
        if (last.kind == Draft.Kind.ARRIVAL
                && otherTeam(c, last)
                && untimed(c)
                && (Figures.people(c) != null || Figures.transport(c) != null)) {
            drafts.waiting().add(c);
            return;
        }
        // (第一拨5个坐MU2871 上午落地) 剩下4个坐G1503 (晚上7点到): the rest's people and train wait for their own verb.
        if (last.isMovement()
                && (c.has(Cue.REST) || c.has(Cue.BATCH))
                && untimed(c)
                && (Figures.people(c) != null || Figures.transport(c) != null)) {
            drafts.waiting().add(c);
            return;
        }
        // 新疆队 27号早上8点 CZ6881 47人 兵团25人同一班: another delegation on the same train or flight moves with it.
        if (NextMovement.sameTicket(c, last)) {
            int before = drafts.size();
            rules.movement(c, last.kind, state.withDate(last.date), drafts);
            for (Draft d : drafts.since(before)) {
                if (d.time == null) d.time = last.time;
                if (d.transport == null) d.transport = last.transport;
            }
            return;
        }
        if (NextMovement.follows(c, last)) {
            rules.movement(c, last.kind, state, drafts);
            return;
        }
        // (1. 陕西 5人 上午9:35 G2118) 2. 贵州 5人 (下午1点 G2906): another delegation's people, with no day, time or
        // train, are never the figure of the movement before; they wait for their own line's time or verb.
        if (last.kind == Draft.Kind.DEPARTURE && otherTeam(c, last) && untimed(c) && Figures.people(c) != null) {
            drafts.waiting().add(c);
            return;
        }
        if (last.isMovement() && last.count == null && reading.asksFigure(c) && last.missing == null) {
            last.missing = Gap.Field.COUNT;
        }
        // (6号车到山庄了 41人 …少了一个，)是40: the count said again replaces it.
        Integer again = last.kind == Draft.Kind.HEADCOUNT ? SaidFigures.restatedAtStart(c) : null;
        if (again != null) {
            last.count = again;
            return;
        }
        Integer n = Figures.count(c, -1, last.kind == Draft.Kind.HEADCOUNT);
        if (n != null && (last.count == null || last.missing == Gap.Field.COUNT)) {
            last.count = n;
            if (last.missing == Gap.Field.COUNT) last.missing = null;
        }
        if (!last.isMovement()) return;
        // 河北、山西两个团下午4点一起到，G616: the train and time complete every delegation of the statement.
        String transport = Figures.transport(c);
        LocalTime time = Figures.time(c);
        // 西藏代表团返程定了 27号早上8点: the first day of the message, said after the movement, is its day.
        List<Mention.Day> days = c.all(Mention.Day.class);
        // 8个人下午先走 明天的饭也不吃了: the day of the meals given up is theirs, the leaving stays today.
        boolean firstDay = state.date() == null && days.size() == 1 && !mealsDay(c);
        for (Draft d : last == drafts.last() ? drafts.lastStatement() : List.of(last)) {
            if (transport != null && d.transport == null) d.transport = transport;
            // D3276停运了 改成明天上午8点20 D3282: the train named after the old one called off is the one taken.
            if (transport != null && d.transport != null && TicketSwap.calledOffIn(d.statement, d.transport))
                d.transport = transport;
            if (firstDay && d.time == null) d.date = days.get(0).date();
            if (d.date != null && d.missing == Gap.Field.DATE) d.missing = null;
            // 不是明天走，是后天，后天上午11点半的G1746: the day said again with its time completes the movement.
            boolean sameDay = days.size() == 1 && days.get(0).date().equals(d.date);
            // 九点退房 全团坐G506走 下午1点的: the ticket's time said after the check-out's is the departure's.
            boolean open = d.time == null || d.checkOutTime && !CheckOutClocks.checkOutOnly(c);
            if (time != null && open && (days.isEmpty() || firstDay || sameDay)) {
                // 内蒙古落地了 5个人 大概9点到山庄 (at 20:12): the hour said after the movement of today, as it is placed
                d.time = reading.today().equals(d.date) ? LateTonight.of(c, d.kind, time, reading.now()) : time;
                d.checkOutTime = false;
            }
        }
    }

    /** Whether the clause's day is that of meals it speaks of (明天的饭也不吃了, 明天早饭不要了). */
    private static boolean mealsDay(Clause c) {
        return !c.all(Mention.Meals.class).isEmpty() || c.has(Cue.EAT) || c.has(Cue.CANCEL);
    }

    private static boolean untimed(Clause c) {
        return c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Day.class).isEmpty()
                && c.all(Mention.Part.class).isEmpty();
    }

    private static boolean otherTeam(Clause c, Draft last) {
        return last.team != null && !c.teams().isEmpty() && !c.teams().contains(last.team);
    }
}
