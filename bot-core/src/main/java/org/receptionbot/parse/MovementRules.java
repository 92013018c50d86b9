package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.record.PartOfDay;

/** Arrivals and departures, and the clauses that complete them (共28人, 乘G1234, 提前到24号). */
final class MovementRules {
    private final Reading reading;

    MovementRules(Reading reading) {
        this.reading = reading;
    }

    /** The movement a clause names by its verb, or null (see {@link MovementWords}). */
    static Draft.Kind kind(Clause c) {
        return MovementWords.kind(c);
    }

    /** Today's movement reported as it happens (see {@link MovedNow}). */
    boolean movedNow(Clause c, Draft.Kind kind) {
        if (MovedNow.test(c, kind, reading.today())) return true;
        // 已经到了 1点50到的机场: an arrival said as done at a clock time already past.
        LocalTime at = kind == Draft.Kind.ARRIVAL && MovedNow.arrivedAt(c) ? Figures.time(c) : null;
        return at != null && !at.isAfter(reading.now().toLocalTime());
    }

    private static boolean contains(Clause c, String word) {
        int at = c.text.indexOf(word, c.start);
        return at >= 0 && at < c.end;
    }

    /** 出发去机场，乘MU2418离开: a second verb of the same movement, with no day or time of its own, completes it. */
    static boolean continues(Clause c, Draft.Kind move, Draft last) {
        if (last == null || last.kind != move) return false;
        // 3个领队刚到酒店，其余的人下午5点到: the rest, or another batch, is a movement of its own.
        if (c.has(Cue.REST) || c.has(Cue.BATCH)) return false;
        if (!c.all(Mention.Day.class).isEmpty()) return false;
        // 今天下午乘CA1283到，预计2点40落地: a clock time for a movement that had none completes it.
        // 周六回去 下午三点 G1566 36人全部走: a time and a figure for one that had neither complete it too.
        if (!c.all(Mention.Clock.class).isEmpty()
                && (last.time != null || Figures.people(c) != null && last.count != null)) return false;
        if (!c.all(Mention.Part.class).isEmpty() && c.all(Mention.Clock.class).isEmpty()) return false;
        List<String> t = c.teams();
        if (!t.isEmpty() && !t.contains(last.team)) return false;
        return last.count == null || Figures.people(c) == null;
    }

    void movement(Clause c, Draft.Kind kind, ClauseState state, Drafts drafts) {
        List<Mention.Day> days = c.current(Mention.Day.class);
        boolean now = kind != null && movedNow(c, kind);
        if (now && MovedNow.home(c, kind, reading.original(), reading.today())) return;
        if (kind == Draft.Kind.ARRIVAL
                && !now
                && days.isEmpty()
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Part.class).isEmpty()) {
            return;
        }
        Integer n = Figures.people(c);
        if (n == null && now) n = SaidFigures.allThere(c);
        if (n == null && now) n = SaidFigures.afterName(c);
        if (n == null) n = SaidFigures.onePerson(c);
        String transport = Figures.transport(c);
        List<Clause> ahead = drafts.takeAhead();
        boolean own = !c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty();
        // 明天7点20的G2218，剩下的人都走: the time said before a verb with none of its own is the verb's.
        if (!own
                && ahead.size() == 1
                && !ahead.get(0).current(Mention.Clock.class).isEmpty()) {
            Clause a = ahead.get(0);
            place(
                    a,
                    kind,
                    n != null ? n : Figures.people(a),
                    transport != null ? transport : Figures.transport(a),
                    state,
                    drafts);
            return;
        }
        for (Clause a : ahead) {
            if (!a.current(Mention.Clock.class).isEmpty()) {
                place(a, kind, Figures.people(a), Figures.transport(a), state, drafts);
            } else {
                if (n == null) n = Figures.people(a);
                if (transport == null) transport = Figures.transport(a);
            }
        }
        place(c, kind, n, transport, now ? state.withDate(reading.today()) : state, drafts);
    }

    /** 提前走, 推迟离开: the plan moves, but to which day is not said. */
    private static boolean moved(Clause c) {
        return contains(c, "提前") || contains(c, "推迟") || contains(c, "延后") || contains(c, "改期");
    }

    /** One movement record per delegation the clause is about. */
    void place(Clause c, Draft.Kind kind, Integer n, String transport, ClauseState state, Drafts drafts) {
        List<Mention.Day> days = c.current(Mention.Day.class);
        LocalTime time = Figures.time(c);
        LocalDate day = !days.isEmpty() ? days.get(0).date() : state.date();
        // 3点40到的站: a clock time of an arrival said as done is today's.
        boolean done = kind == Draft.Kind.ARRIVAL && MovedNow.arrivedAt(c);
        if (day == null
                && (time == null ? !moved(c) : time.isAfter(reading.now().toLocalTime()) || done)) {
            day = reading.today();
        }
        if (day != null && day.isBefore(reading.today())) return;
        // 有一半人要先回武汉 具体名单下午定: a vague part of the delegation, its figure deferred, is no record yet.
        if (n == null && reading.defers() && !c.all(Mention.Vague.class).isEmpty()) return;
        // 四川厅8个人 分两批走 (5个上午10点…): the whole goes in batches; each batch gives its own people.
        Integer people = MovementWords.inBatches(c) < 0 ? n : firstBatch(c, MovementWords.inBatches(c));
        for (String team : reading.who(c, state)) {
            if (team == null && reading.sender() == null && MovementTalk.toEveryone(c)) continue;
            Draft d = drafts.add(kind, c, reading.original());
            d.team = team;
            d.date = day;
            d.time = time;
            d.part = time == null ? part(c) : null;
            d.count = people;
            d.transport = transport;
            if (team == null) d.missing = Gap.Field.DELEGATION;
            else if (day == null) d.missing = Gap.Field.DATE;
            else if (n == null && reading.asksFigure(c) && !MovementBeside.vagueOfProblem(c))
                d.missing = Gap.Field.COUNT;
        }
    }

    /** The people of the first batch, said after the batches (分两批走 5个上午10点), or null. */
    private static Integer firstBatch(Clause c, int after) {
        for (Mention.Count m : c.all(Mention.Count.class)) if (m.start() >= after && m.unit()) return m.value();
        return null;
    }

    /** 有8个人下午先走: the part of the day said for a movement with no clock time, or null. */
    private static PartOfDay part(Clause c) {
        List<Mention.Part> parts = c.current(Mention.Part.class);
        return parts.isEmpty() ? null : parts.get(0).part().said();
    }

    private static boolean untimed(Clause c) {
        return c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Day.class).isEmpty()
                && c.all(Mention.Part.class).isEmpty();
    }

    private static boolean otherTeam(Clause c, Draft last) {
        return last.team != null && !c.teams().isEmpty() && !c.teams().contains(last.team);
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
        last.part = time == null ? part(c) : null;
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
            boolean timed = !c.teams().isEmpty() && !c.all(Mention.Clock.class).isEmpty();
            if (Figures.people(c) != null || Figures.transport(c) != null || timed) drafts.waitForMovement(c);
            return;
        }
        // (天津4人 晚上6点半到，)河北6人 CA1335 (下午4点15到): another delegation's people, with no day or time, wait
        // for their own verb (an arrival with neither would be no record).
        if (last.kind == Draft.Kind.ARRIVAL
                && otherTeam(c, last)
                && untimed(c)
                && (Figures.people(c) != null || Figures.transport(c) != null)) {
            drafts.waitForMovement(c);
            return;
        }
        if (NextMovement.follows(c, last)) {
            movement(c, last.kind, state, drafts);
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
        boolean firstDay = state.date() == null && days.size() == 1;
        for (Draft d : last == drafts.last() ? drafts.lastStatement() : List.of(last)) {
            if (transport != null && d.transport == null) d.transport = transport;
            if (firstDay && d.time == null) d.date = days.get(0).date();
            if (d.date != null && d.missing == Gap.Field.DATE) d.missing = null;
            if (time != null && d.time == null && (days.isEmpty() || firstDay)) d.time = time;
        }
    }
}
