package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.Record;

/**
 * Turns the clauses of one message into records. What a clause leaves unsaid (the delegation, the
 * date, the meal) comes from the clauses before it in the same message, then from the sender's
 * delegation or the next serving of the meal; what cannot be known becomes a question.
 */
final class Assembly {
    private final Lexicon lexicon;
    private final LocalDateTime now;
    private final String sender;
    private final String original;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<IssueCategory, Draft> issues = new EnumMap<>(IssueCategory.class);
    private final List<String> named = new ArrayList<>();
    private List<String> teams = List.of();
    private LocalDate date;
    private List<String> meals = List.of();
    private Draft last;
    /** The clause before named a meal but gave no figure ("今天中午在九院吃，60人"). */
    private boolean mealAwaitsFigure;
    /** The last vehicle named, and the delegation named with it ("送西藏团的9号车，实到28人"). */
    private Mention.Vehicle vehicle;

    private String vehicleTeam;
    /** Clauses with a figure or a train said before the movement they belong to ("6人改乘8L9961，中午到"). */
    private final List<Clause> ahead = new ArrayList<>();

    Assembly(Lexicon lexicon, LocalDateTime now, String sender, String original) {
        this.lexicon = lexicon;
        this.now = now;
        this.sender = sender;
        this.original = original;
    }

    ParseOutcome read(List<Clause> clauses) {
        for (Clause c : clauses) {
            if (c.has(Cue.NOTICE)) continue;
            List<String> meant = mealsMeant(c);
            int before = drafts.size();
            step(c, meant);
            remember(c, meant);
            mealAwaitsFigure = !meant.isEmpty() && drafts.size() == before && c.has(Cue.EAT);
        }
        return outcome();
    }

    private void step(Clause c, List<String> meant) {
        MealReading meal = mealReading(c, meant);
        IssueCategory category = c.has(Cue.RESOLVED) ? null : Issues.category(c, meal != null);
        if (category != null) {
            if (!over(c, category) && !(issues.size() > 0 && onlyAsks(c))) issue(c, category);
            return;
        }
        if (c.question || c.has(Cue.PAST) || c.has(Cue.UNSURE)) return;
        Draft.Kind move = c.has(Cue.DEPART) ? Draft.Kind.DEPARTURE : c.has(Cue.ARRIVE) ? Draft.Kind.ARRIVAL : null;
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (move != null && continues(c, move)) attach(c);
        else if (move != null) movement(c, move);
        else if (!vehicles.isEmpty() && (c.has(Cue.HEADCOUNT) || (count(c, -1, true) != null && meal == null))) {
            headcount(c, vehicles.get(0), c.teams());
        } else if (vehicles.isEmpty()
                && vehicle != null
                && c.has(Cue.HEADCOUNT)
                && meal == null
                && count(c, c.at(Cue.HEADCOUNT), false) != null) {
            headcount(c, vehicle, vehicleTeam == null ? c.teams() : List.of(vehicleTeam));
        } else if (meal != null) mealStatements(c, meal);
        else if (c.has(Cue.CHANGE) && last != null && last.isMovement()) amend(c);
        else attach(c);
    }

    private void remember(Clause c, List<String> m) {
        List<String> t = c.teams();
        if (!t.isEmpty()) {
            teams = t;
            for (String id : t) if (!named.contains(id)) named.add(id);
        }
        List<Mention.Day> days = c.current(Mention.Day.class);
        if (!days.isEmpty()) date = days.get(0).date();
        if (!m.isEmpty()) meals = m;
        List<Mention.Vehicle> v = c.all(Mention.Vehicle.class);
        if (!v.isEmpty()) {
            vehicle = v.get(0);
            vehicleTeam = t.isEmpty() ? null : t.get(0);
        }
    }

    /**
     * A service that failed on an earlier day (昨天车晚点了) is over, unless the clause says it still is
     * (现在还, 一直); an illness, a room or a lost item of yesterday still needs someone.
     */
    private boolean over(Clause c, IssueCategory category) {
        if (category != IssueCategory.VEHICLE && category != IssueCategory.MEAL) return false;
        if (c.has(Cue.ONGOING)) return false;
        for (Mention.Day d : c.all(Mention.Day.class)) if (d.date().isBefore(now.toLocalDate())) return true;
        return false;
    }

    /** 麻烦各酒店前台帮忙留意: after a problem, a bare request asks for help with that problem. */
    private static boolean onlyAsks(Clause c) {
        return c.has(Cue.REQUEST)
                && !c.has(Cue.PROBLEM)
                && !c.has(Cue.OTHER_PROBLEM)
                && !c.has(Cue.HEALTH)
                && !c.has(Cue.HYGIENE)
                && !c.has(Cue.MEAL_PROBLEM);
    }

    /** 出发去机场，乘MU2418离开: a second verb of the same movement, with no day or time of its own, completes it. */
    private boolean continues(Clause c, Draft.Kind move) {
        if (last == null || last.kind != move) return false;
        if (!c.all(Mention.Day.class).isEmpty() || !c.all(Mention.Clock.class).isEmpty()) return false;
        if (!c.all(Mention.Part.class).isEmpty()) return false;
        List<String> t = c.teams();
        if (!t.isEmpty() && !t.contains(last.team)) return false;
        return last.count == null || count(c, -1, true) == null;
    }

    // ---- meals

    private record MealReading(List<String> meals, Draft.Kind kind, Integer count, boolean whole) {}

    /** The meals a clause names: by their words, or by 中午/晚上/明早 when the clause is about eating. */
    private List<String> mealsMeant(Clause c) {
        List<String> ids = new ArrayList<>(3);
        for (Mention.Meals m : c.all(Mention.Meals.class)) for (String id : m.ids()) if (!ids.contains(id)) ids.add(id);
        if (!ids.isEmpty()) return lexicon.inServingOrder(ids);
        boolean aboutEating = c.has(Cue.EAT)
                || c.has(Cue.CANCEL)
                || c.has(Cue.FEWER)
                || c.has(Cue.ADD)
                || (count(c, -1, true) != null && c.bare() && transport(c) == null);
        if (!aboutEating || c.has(Cue.DEPART) || c.has(Cue.ARRIVE)) return ids;
        for (Mention.Part p : c.all(Mention.Part.class)) {
            String id = lexicon.mealOf(p.part());
            if (id != null && !ids.contains(id)) ids.add(id);
        }
        return lexicon.inServingOrder(ids);
    }

    private MealReading mealReading(Clause c, List<String> meant) {
        boolean cancel = c.has(Cue.CANCEL);
        boolean fewer = c.has(Cue.FEWER);
        boolean add = c.has(Cue.ADD);
        Draft.Kind kind;
        int verbAt;
        if (add && !(cancel || fewer) || add && c.at(Cue.ADD) < firstOf(c, Cue.CANCEL, Cue.FEWER)) {
            kind = Draft.Kind.MEAL_ADD;
            verbAt = c.at(Cue.ADD);
        } else if (cancel || fewer) {
            kind = Draft.Kind.MEAL_CANCEL;
            verbAt = firstOf(c, Cue.CANCEL, Cue.FEWER);
        } else {
            kind = guests(c) ? Draft.Kind.MEAL_ADD : Draft.Kind.MEAL_COUNT;
            verbAt = -1;
        }
        if (transport(c) != null) return null;
        Integer n = count(c, verbAt, false);
        List<String> ms = meant;
        boolean verb = kind != Draft.Kind.MEAL_COUNT;
        boolean bareFigure = n != null && c.bare() && (!c.teams().isEmpty() || mealAwaitsFigure);
        if (ms.isEmpty() && (verb || bareFigure)) ms = meals;
        if (ms.isEmpty()) {
            return verb && n != null && c.all(Mention.Vehicle.class).isEmpty()
                    ? new MealReading(List.of(), kind, n, false)
                    : null;
        }
        if (kind == Draft.Kind.MEAL_COUNT && n == null) return null;
        boolean whole = kind == Draft.Kind.MEAL_CANCEL && n == null && cancel;
        return new MealReading(ms, kind, n, whole);
    }

    private static final String[] GUESTS = {"家属", "司机", "客人", "嘉宾", "记者", "工作人员", "志愿者", "领导"};

    /** "两位家属明天中午过来吃饭": people who are not in the delegation's size come on top of it. */
    private static boolean guests(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (!n.unit()) continue;
            for (String g : GUESTS) if (c.text.startsWith(g, n.end())) return true;
        }
        return false;
    }

    private void mealStatements(Clause c, MealReading reading) {
        List<String> who = who(c);
        List<Mention.Day> days = c.current(Mention.Day.class);
        LocalDate day = !days.isEmpty() ? days.get(0).date() : date;
        if (day != null && day.isBefore(now.toLocalDate())) return;
        List<String> ms = reading.meals().isEmpty() ? java.util.Collections.singletonList(null) : reading.meals();
        for (String team : who) {
            for (String meal : ms) {
                Draft d = draft(reading.kind(), c);
                d.team = team;
                d.meal = meal;
                LocalDate own = days.size() > 1 && meal != null ? dayOf(c, meal, days) : day;
                d.date = meal == null ? own : own != null ? own : lexicon.nextServing(meal, now);
                d.count = reading.count();
                if (team == null) d.missing = Gap.Field.DELEGATION;
                else if (meal == null) d.missing = Gap.Field.MEAL;
                else if (d.count == null && !reading.whole()) d.missing = Gap.Field.COUNT;
            }
        }
    }

    /** With several days in one clause ("今天晚饭和明天早饭"), a meal takes the day said before it. */
    private LocalDate dayOf(Clause c, String meal, List<Mention.Day> days) {
        int at = -1;
        for (Mention m : c.mentions) {
            boolean names = m instanceof Mention.Meals ms && ms.ids().contains(meal)
                    || m instanceof Mention.Part p && meal.equals(lexicon.mealOf(p.part()));
            if (names) {
                at = m.start();
                break;
            }
        }
        LocalDate found = days.get(0).date();
        for (Mention.Day d : days) if (d.start() <= at) found = d.date();
        return found;
    }

    // ---- movements, head counts, issues

    private void movement(Clause c, Draft.Kind kind) {
        List<Mention.Day> days = c.current(Mention.Day.class);
        if (kind == Draft.Kind.ARRIVAL
                && days.isEmpty()
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Part.class).isEmpty()) {
            return;
        }
        Integer n = count(c, -1, true);
        String transport = transport(c);
        List<Clause> before = List.copyOf(ahead);
        ahead.clear();
        for (Clause a : before) {
            if (!a.current(Mention.Clock.class).isEmpty()) {
                place(a, kind, count(a, -1, true), transport(a));
            } else {
                if (n == null) n = count(a, -1, true);
                if (transport == null) transport = transport(a);
            }
        }
        place(c, kind, n, transport);
    }

    private static String transport(Clause c) {
        List<Mention.Transport> transports = c.all(Mention.Transport.class);
        return transports.isEmpty() ? null : transports.get(0).code();
    }

    /** One movement record per delegation the clause is about. */
    private void place(Clause c, Draft.Kind kind, Integer n, String transport) {
        List<Mention.Day> days = c.current(Mention.Day.class);
        LocalTime time = time(c);
        LocalDate day = !days.isEmpty() ? days.get(0).date() : date;
        if (day == null && time != null && time.isAfter(now.toLocalTime())) day = now.toLocalDate();
        if (day != null && day.isBefore(now.toLocalDate())) return;
        for (String team : who(c)) {
            Draft d = draft(kind, c);
            d.team = team;
            d.date = day;
            d.time = time;
            d.count = n;
            d.transport = transport;
            if (team == null) d.missing = Gap.Field.DELEGATION;
            else if (day == null) d.missing = Gap.Field.DATE;
        }
    }

    private void headcount(Clause c, Mention.Vehicle vehicle, List<String> t) {
        Draft d = draft(Draft.Kind.HEADCOUNT, c);
        d.vehicle = vehicle.id();
        d.team = t.isEmpty() ? lexicon.vehicleTeam(vehicle.id()) : t.get(0);
        d.count = count(c, c.at(Cue.HEADCOUNT), false);
        if (d.count == null) d.missing = Gap.Field.COUNT;
    }

    private void issue(Clause c, IssueCategory category) {
        Draft d = issues.get(category);
        List<String> t = c.teams();
        if (d == null) {
            d = new Draft(Draft.Kind.ISSUE, original.strip());
            d.category = category;
            issues.put(category, d);
            drafts.add(d);
        }
        if (d.team == null && !t.isEmpty()) d.team = t.get(0);
    }

    /** 现在提前到24号中午: moves the last movement to the new date and time. */
    private void amend(Clause c) {
        List<Mention.Day> days = c.current(Mention.Day.class);
        LocalTime time = time(c);
        if (days.isEmpty() && time == null) return;
        if (!days.isEmpty()) last.date = days.get(0).date();
        last.time = time;
        if (last.date != null && last.missing == Gap.Field.DATE) last.missing = null;
    }

    /**
     * A clause with no statement of its own completes the one before it (共28人, 乘G1234), or is the next
     * batch of the same movement when it has its own time (下午4点其余18人坐G1294); before any movement,
     * its figure and train wait for the movement that follows.
     */
    private void attach(Clause c) {
        if (last == null || !(last.isMovement() || last.kind == Draft.Kind.HEADCOUNT)) {
            if (count(c, -1, true) != null || transport(c) != null) ahead.add(c);
            return;
        }
        if (nextBatch(c)) {
            movement(c, last.kind);
            return;
        }
        Integer n = count(c, -1, last.kind == Draft.Kind.HEADCOUNT);
        if (n != null && (last.count == null || last.missing == Gap.Field.COUNT)) {
            last.count = n;
            if (last.missing == Gap.Field.COUNT) last.missing = null;
        }
        if (!last.isMovement()) return;
        List<Mention.Transport> transports = c.all(Mention.Transport.class);
        if (!transports.isEmpty() && last.transport == null)
            last.transport = transports.get(0).code();
        LocalTime time = time(c);
        if (time != null && last.time == null && c.all(Mention.Day.class).isEmpty()) last.time = time;
    }

    private boolean nextBatch(Clause c) {
        return last.isMovement()
                && last.time != null
                && !c.current(Mention.Clock.class).isEmpty()
                && (count(c, -1, true) != null
                        || !c.all(Mention.Transport.class).isEmpty());
    }

    // ---- fields

    private List<String> who(Clause c) {
        List<String> t = c.teams();
        if (!t.isEmpty()) return t;
        if (!teams.isEmpty()) return teams;
        return java.util.Collections.singletonList(sender);
    }

    /** The clock time of the clause, moved into the afternoon or evening by the part of the day. */
    private static LocalTime time(Clause c) {
        List<Mention.Clock> clocks = c.current(Mention.Clock.class);
        if (clocks.isEmpty()) return null;
        Mention.Clock clock = clocks.get(0);
        DayPart part = null;
        for (Mention.Part p : c.all(Mention.Part.class)) {
            if (p.start() < clock.start() || part == null) part = p.part();
        }
        int hour = part == null ? clock.hour() : part.hour(clock.hour());
        if (hour == 24) hour = 0;
        return LocalTime.of(hour, clock.minute());
    }

    /**
     * The number of people in the clause: one with a unit (5人, 两位), the nearest to the verb when
     * there is one; a bare number only after 报/为/按/少/加… or in a bare clause ("湖南 35").
     */
    private static Integer count(Clause c, int verbAt, boolean unitOnly) {
        Mention.Count best = null;
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (!n.unit()) continue;
            if (best == null || verbAt >= 0 && Math.abs(n.start() - verbAt) < Math.abs(best.start() - verbAt)) best = n;
        }
        if (best != null || unitOnly) return best == null ? null : best.value();
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (c.bare() || afterCountWord(c.text, n.start())) return n.value();
        }
        return null;
    }

    private static boolean afterCountWord(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && "报为成按共计:少加减多到数".indexOf(text.charAt(i)) >= 0;
    }

    private static int firstOf(Clause c, Cue a, Cue b) {
        int x = c.at(a);
        int y = c.at(b);
        if (x < 0) return y;
        if (y < 0) return x;
        return Math.min(x, y);
    }

    private Draft draft(Draft.Kind kind, Clause c) {
        Draft d = new Draft(kind, c.words(original));
        if (!d.isMovement()) ahead.clear();
        drafts.add(d);
        last = d;
        return d;
    }

    private ParseOutcome outcome() {
        for (Draft d : issues.values()) {
            if (d.team == null) d.team = named.isEmpty() ? sender : named.get(0);
        }
        Set<Record> records = new LinkedHashSet<>();
        List<Gap> gaps = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.missing == null) records.add(d.record());
            else gaps.add(d.gap());
        }
        if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(List.copyOf(records), gaps);
        if (records.isEmpty()) return new ParseOutcome.NothingToRecord();
        return new ParseOutcome.Understood(List.copyOf(records));
    }
}
