package org.receptionbot.parse;

import java.util.List;

/**
 * What one message says of movements across its statements: the movement of a line with no verb of
 * its own (a list line under a movement header, a ticket home, a list line whose train is still open),
 * and the statements that lend a movement their people or are completed by a time said later.
 */
final class MessageMoves {
    private final List<Clause> clauses;
    private final Reading reading;
    /** Whether any statement of the message names its movement by a verb. */
    private final boolean verbs;
    /** Whether a delegation's train home was read from a line with no verb (see {@link TicketMovement}). */
    private boolean tickets;

    MessageMoves(List<Clause> clauses, Reading reading) {
        this.clauses = clauses;
        this.reading = reading;
        boolean any = false;
        for (int i = 0, n = clauses.size(); i < n; i++) any |= MovementRules.kind(clauses.get(i)) != null;
        this.verbs = any;
    }

    /** The movement of a clause with no verb of its own, or null; {@code listMove} is the list header's. */
    Draft.Kind verbless(Clause c, Draft.Kind listMove) {
        if (listMove != null) return listLine(c) ? listMove : null;
        // K356晚点了 现在说是7点10分到 / MU2256推迟到晚上8点10分起飞: a changed ticket's new time.
        Clause before = before(c);
        if (TicketChange.changed(c, before)) {
            Draft.Kind kind = TicketChange.verbless(c, before, reading);
            // 航班改签了 改成下午3点20的gs7614 … 晚饭取消: the message's words of leaving or being met decide first.
            boolean open = TicketChange.timed(c, before) && !TicketChange.leaves(c);
            Draft.Kind said = open ? VerblessTicket.said(clauses, reading) : null;
            return said != null ? said : kind;
        }
        if (!verbs && TicketMovement.departs(c, reading)) {
            tickets = true;
            return Draft.Kind.DEPARTURE;
        }
        // 龙江5人 明天中午12点的飞机 午饭不吃了: a ticket with its time, the direction from the message or the event.
        Draft.Kind ticket = verbs ? null : VerblessTicket.kind(c, clauses, reading);
        if (ticket != null) return ticket;
        // (1.宁夏 27号 14:20 G2046 31人) 3.青海 27号 全团 车次待定: a line of the same list whose train is still open.
        return tickets && !c.teams().isEmpty() && TransportPending.only(c) ? Draft.Kind.DEPARTURE : null;
    }

    /** Whether {@code c} sets off home at its time on the event's last days (see {@link SetOffHome}). */
    boolean setsOffHome(Clause c) {
        return SetOffHome.departs(c, clauses, reading);
    }

    /** The clause before {@code c} in the message, or null. */
    Clause before(Clause c) {
        int at = clauses.indexOf(c);
        return at > 0 ? clauses.get(at - 1) : null;
    }

    /** Whether the clause is a coordinator's lead-in for the delegations' lines after it (see {@link MovementHeader}). */
    boolean header(Clause c) {
        return MovementHeader.of(c, clauses, reading);
    }

    /**
     * Whether an undecided or guessed word in the clause leaves its movement standing. A guessed hour with no train,
     * flight or figure of people, in a message that puts the report off (具体等落地再报), reports nothing yet.
     */
    boolean stillMoves(Clause c) {
        if (TransportPending.only(c)) return true;
        boolean bare = c.all(Mention.Transport.class).isEmpty()
                && c.all(Mention.Count.class).isEmpty();
        return TransportPending.estimatedHour(c) && !(bare && MessageFacts.deferred(clauses));
    }

    /** 甘肃刚才说的先走的是12个人，明天上午10点的车: said again with a day or a time after it, a report of now. */
    boolean restatedNow(Clause c) {
        if (!MovementWords.restated(c)) return false;
        for (int i = clauses.indexOf(c) + 1; i > 0 && i < clauses.size(); i++) {
            Clause next = clauses.get(i);
            if (!next.all(Mention.Day.class).isEmpty()
                    || !next.all(Mention.Clock.class).isEmpty()) return true;
        }
        return false;
    }

    /**
     * "还有我们处长和司机俩，CA1611晚上8点半到": people added with no meal or eating named, right before a
     * movement, are the people who move.
     */
    boolean peopleBefore(Clause c, MealReading meal) {
        if (!meal.meals().isEmpty() || c.has(Cue.EAT) || c.has(Cue.TOPIC_MEAL) || Figures.people(c) == null)
            return false;
        int at = clauses.indexOf(c);
        return at >= 0 && at + 1 < clauses.size() && MovementRules.kind(clauses.get(at + 1)) != null;
    }

    /**
     * "到了 新疆47 兵团25", "G2231准点到了 甘肃29 青海27 都出来了": after a movement with its figure, another delegation
     * with a bare figure after its name, and nothing else but 都齐了 or 都出来了, moves the same way on the same day.
     */
    static boolean countedBeside(Clause c, Draft last) {
        return last != null
                && last.isMovement()
                && last.count != null
                && last.date != null
                && !c.teams().isEmpty()
                && !c.teams().contains(last.team)
                && c.all(Mention.Meals.class).isEmpty()
                && SaidFigures.afterName(c) != null
                && c.bareWith("都齐了全到出来在");
    }

    /**
     * "G2231准点到了 甘肃29 青海27": the train or flight {@code last} moved with, when the statement that gave it named
     * it before any delegation, is the one of each delegation listed after it; else null ("辽宁D5797到了 33 …" is
     * Liaoning's own).
     */
    String sharedTicket(Clause c, Draft last) {
        if (last.transport == null) return null;
        for (Clause k = before(c); k != null; k = before(k)) {
            List<Mention.Transport> tickets = k.all(Mention.Transport.class);
            if (tickets.isEmpty()) continue;
            List<Mention.Team> teams = k.all(Mention.Team.class);
            boolean opens =
                    teams.isEmpty() || tickets.get(0).start() < teams.get(0).start();
            return opens && last.transport.equals(tickets.get(0).code()) ? last.transport : null;
        }
        return null;
    }

    /** A list line with a delegation and a time, a train or its people ("1. 湖北 上午9点 G1122", "江西厅5人 上午9点"). */
    private static boolean listLine(Clause c) {
        return !c.teams().isEmpty()
                && (!c.all(Mention.Clock.class).isEmpty()
                        || !c.all(Mention.Transport.class).isEmpty()
                        || Figures.people(c) != null);
    }
}
