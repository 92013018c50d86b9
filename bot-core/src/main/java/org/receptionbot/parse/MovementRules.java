package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Arrivals and departures, and the clauses that complete them (共28人, 乘G1234, 提前到24号). */
final class MovementRules {
    private final Reading reading;
    private final MovementPlacing placing;
    private final MovementFollowUps followUps;

    MovementRules(Reading reading) {
        this.reading = reading;
        this.placing = new MovementPlacing(reading);
        this.followUps = new MovementFollowUps(reading, this);
    }

    /** The movement a clause names by its verb, or null (see {@link MovementWords}). */
    static Draft.Kind kind(Clause c) {
        return c.movement();
    }

    /** Today's movement reported as it happens (see {@link MovedNow}). */
    boolean movedNow(Clause c, Draft.Kind kind) {
        if (MovedNow.test(c, kind, reading.today(), reading.now().toLocalTime(), reading.sender() != null)) return true;
        // 已经到了 1点50到的机场: an arrival said as done at a clock time already past.
        // 宁夏早上8点已经走了 忘了说: a departure at a clock time already past, reported late.
        boolean doneAt = kind == Draft.Kind.ARRIVAL && MovedAtClock.arrivedAt(c)
                || kind == Draft.Kind.DEPARTURE && MovedAtClock.leftAt(c);
        LocalTime at = doneAt ? Figures.time(c) : null;
        return at != null && !at.isAfter(reading.now().toLocalTime());
    }

    /**
     * "江西的车早上6点05开走了 二十七人一个不少" (sent at 06:05): a departure said done at a clock time already past, in the
     * second half of the event and with no other day said before, is today's (see {@link MovedAtClock#leftAtSaidDone}).
     */
    private boolean leftEarlierToday(Clause c, Draft.Kind kind, ClauseState state) {
        if (kind != Draft.Kind.DEPARTURE
                || state.date() != null && !state.date().equals(reading.today())) return false;
        LocalTime at = MovedAtClock.leftAtSaidDone(c) ? Figures.time(c) : null;
        var event = reading.lexicon().event;
        long half = (event.end().toEpochDay() - event.start().toEpochDay()) / 2;
        return at != null
                && !at.isAfter(reading.now().toLocalTime())
                && reading.today().isAfter(event.start().plusDays(half));
    }

    void movement(Clause c, Draft.Kind kind, ClauseState state, Drafts drafts) {
        List<Mention.Day> days = c.current(Mention.Day.class);
        boolean now = kind != null && (movedNow(c, kind) || leftEarlierToday(c, kind, state));
        if (now && MovedNow.home(c, kind, reading.original(), reading.today())) return;
        // 兵团25人已经到机场了 (late in the event): on the way home, no arrival.
        if (now
                && kind == Draft.Kind.ARRIVAL
                && HomewardTerminal.test(
                        c,
                        reading.today(),
                        reading.lexicon().event.start(),
                        reading.lexicon().event.end())) return;
        if (kind == Draft.Kind.ARRIVAL
                && !now
                && days.isEmpty()
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Part.class).isEmpty()) {
            // 川队还有4个队员坐K1157过来 (明天凌晨1点20到站): the people and train wait for the arrival's time.
            if (Figures.people(c) != null || Figures.transport(c) != null)
                drafts.waiting().add(c);
            return;
        }
        // 住院的那个队员出院了 医生说没问题 他俩下午4点坐3U8882走: the pair opening the verb's stretch are who move.
        Integer n = JoinedPeople.count(c);
        if (n == null) n = SaidFigures.pairMoving(c);
        if (n == null) n = TotalThenPart.part(c, Figures.people(c));
        if (n == null && now) n = SaidFigures.allThere(c);
        if (n == null && now) n = SaidFigures.afterName(c);
        if (n == null) n = SaidFigures.onePerson(c);
        // 老张明早7点20到南宁东, 李司长后天坐CA1318回京: the people named as who moves.
        // 他明天下午3点的航班: with no verb, the ticket is where what the person does is said.
        int verbAt = c.at(kind == Draft.Kind.ARRIVAL ? Cue.ARRIVE : Cue.DEPART);
        if (n == null) n = PersonSubject.before(c, verbAt >= 0 ? verbAt : VerblessTicket.ticketAt(c));
        if (n == null) n = PersonSubject.carried(c, state.persons());
        if (n == null) n = SaidFigures.afterWhole(c);
        // (龙江的5位领导昨天就到南宁了) 今天下午3点自己打车过来报到: the people in town since yesterday register.
        if (n == null && kind == Draft.Kind.ARRIVAL && InTownAlready.registers(c))
            n = drafts.inTown().take(reading.who(c, state));
        String transport = Figures.transport(c);
        List<Clause> ahead = new ArrayList<>(drafts.waiting().takeAll());
        // (3人坐大巴过来,) 明天下午走: people said with an arrival are not the departure's.
        ahead.removeIf(a -> a.movement() != null && a.movement() != kind);
        boolean own = !c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty();
        // 明天7点20的G2218，剩下的人都走: the time said before a verb with none of its own is the verb's.
        // 甘肃4人 D3722 明天下午三点 回兰州: so are the people and train said before that time.
        Clause first = ahead.isEmpty() ? null : ahead.get(0);
        boolean figureFirst = ahead.size() == 2
                && first.current(Mention.Clock.class).isEmpty()
                && (first.all(Mention.Day.class).isEmpty()
                        || ahead.get(1).all(Mention.Day.class).isEmpty())
                && ahead.get(1).teams().isEmpty();
        // (第一拨3个明早7点半做高铁G2304) 剩下的下午走: the rest are other people; what waited is a movement of its own.
        boolean rest = c.has(Cue.REST) && ownPeople(ahead);
        if (!own
                && !rest
                && (ahead.size() == 1 || figureFirst)
                && !ahead.get(ahead.size() - 1).current(Mention.Clock.class).isEmpty()) {
            Clause a = ahead.get(ahead.size() - 1);
            if (n == null) n = TotalThenPart.part(a, Figures.people(a));
            if (transport == null) transport = Figures.transport(a);
            if (figureFirst && n == null) n = Figures.people(first);
            if (figureFirst && transport == null) transport = Figures.transport(first);
            place(a, kind, n, transport, state, drafts);
            return;
        }
        // 辽宁剩下5个人 | 中午12点40的CZ6118 | (午饭就不吃了 …11点退房): the people said before a waiting time are that
        // time's movement's, not the later verb's.
        Integer pending = null;
        String pendingTransport = null;
        List<String> pendingTeams = List.of();
        for (Clause a : ahead) {
            if (!a.current(Mention.Clock.class).isEmpty()) {
                boolean same = kind == Draft.Kind.DEPARTURE
                        && (a.teams().isEmpty()
                                || pendingTeams.isEmpty()
                                || a.teams().equals(pendingTeams));
                Integer p = Figures.people(a);
                String t = Figures.transport(a);
                if (same && p == null) p = pending;
                if (same && t == null) t = pendingTransport;
                place(a, kind, p, t, state, drafts);
                if (!same) continue;
                pending = null;
                pendingTransport = null;
                pendingTeams = List.of();
            } else {
                if (pending == null) pending = Figures.people(a);
                if (pendingTransport == null) pendingTransport = Figures.transport(a);
                if (!a.teams().isEmpty()) pendingTeams = a.teams();
            }
        }
        if (n == null && !rest) n = pending;
        if (transport == null && !rest) transport = pendingTransport;
        // 晚饭少8个 这几个明天一早走: the people of the figure just said.
        if (n == null) n = PointedBack.figure(c, drafts.last());
        if (n == null && kind == Draft.Kind.DEPARTURE) n = ArrivedThenLeaving.count(c, drafts);
        place(c, kind, n, transport, now ? state.withDate(reading.today()) : state, drafts);
    }

    /** Whether a clause that waited names people of its own (第一拨3个, 22个人), so the rest after it are others. */
    private static boolean ownPeople(List<Clause> ahead) {
        for (Clause a : ahead) if (a.has(Cue.BATCH) || Figures.people(a) != null) return true;
        return false;
    }

    /** One movement record per delegation the clause is about (see {@link MovementPlacing}). */
    void place(Clause c, Draft.Kind kind, Integer n, String transport, ClauseState state, Drafts drafts) {
        placing.place(c, kind, n, transport, state, drafts);
    }

    /** Moves the last movement to a new date, time or train (see {@link MovementFollowUps#amend}). */
    static void amend(Clause c, Draft last) {
        MovementFollowUps.amend(c, last);
    }

    /** A clause with no statement of its own completes the movement before it (see {@link MovementFollowUps}). */
    void attach(Clause c, ClauseState state, Drafts drafts) {
        followUps.attach(c, state, drafts);
    }
}
