package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.receptionbot.message.Gap;

/** Meal statements: a figure for a meal, fewer or more diners, a meal cancelled. */
final class MealRules {

    /** Words that keep a clause with a part of the day and a figure about a meal ("中午来35个人 晚上来30个"). */
    private static final String COMING = "来要就这边吃";

    private final Reading reading;

    MealRules(Reading reading) {
        this.reading = reading;
    }

    /** The meals a clause names: by their words, or by 中午/晚上/明早 when the clause is about eating. */
    List<String> meant(Clause c) {
        List<String> ids = new ArrayList<>(3);
        for (Mention.Meals m : c.all(Mention.Meals.class)) for (String id : m.ids()) if (!ids.contains(id)) ids.add(id);
        // 晚上和宵夜都按44个人: a part of the day joined to a meal word is that meal too.
        for (Mention.Part p : c.all(Mention.Part.class))
            if (MealWords.joinedToMeal(c, p, reading.lexicon()))
                ids.add(reading.lexicon().mealOf(p.part()));
        if (!ids.isEmpty()) return reading.lexicon().inServingOrder(ids);
        boolean aboutEating = c.has(Cue.EAT)
                || c.has(Cue.CANCEL)
                || c.has(Cue.FEWER)
                || c.has(Cue.ADD)
                || (Figures.count(c, -1, false) != null && c.bare() && Figures.transport(c) == null)
                || !c.all(Mention.Vague.class).isEmpty() && c.has(Cue.EAT)
                || Figures.people(c) != null && c.bareWith(COMING) && Figures.transport(c) == null
                || c.has(Cue.AS_PLANNED) && c.bareBesides(Cue.AS_PLANNED)
                || MealWords.figureCorrected(c)
                || c.has(Cue.CHANGE)
                        && Figures.count(c, -1, false) != null
                        && c.all(Mention.Clock.class).isEmpty();
        if (c.has(Cue.DEPART) || c.has(Cue.ARRIVE)) {
            ids.addAll(MealWords.partsCancelled(c, reading.lexicon()));
            if (c.has(Cue.DEPART)) ids.addAll(MealWords.eatenBeforeLeaving(c, reading.lexicon()));
            return ids;
        }
        for (Mention.Part p : c.all(Mention.Part.class)) {
            if (!aboutEating && !MealWords.asPlannedAfter(c, p) && !MealWords.figureAfterIs(c, p)) continue;
            String id = reading.lexicon().mealOf(p.part());
            if (id != null && !ids.contains(id)) ids.add(id);
        }
        return reading.lexicon().inServingOrder(ids);
    }

    /** The meals of the parts of the day a clause names (中午 is lunch), whatever it says. */
    List<String> ofParts(Clause c) {
        return MealWords.ofParts(c, reading.lexicon());
    }

    /** The meal statement of the clause, or null when it makes none. */
    MealReading read(Clause c, List<String> meant, ClauseState state) {
        if (Figures.transport(c) != null && !MealWords.cancelledRightAfter(c)) return null;
        // 下午茶20人, 水果30份: food that is no meal of the event takes no meal's figure.
        if (c.has(Cue.SNACK) && c.all(Mention.Meals.class).isEmpty()) return null;
        // 晚饭三十九个 哦不对 有一个要去加练 三十八个 (…去比赛 早饭30): after a figure taken back, the figure that
        // ends the clause is the meal's, not one in the reason before it.
        boolean same = meant.isEmpty() || meant.equals(state.meals());
        Integer ending = state.correcting() && c.teams().isEmpty() && same ? Figures.endingFigure(c) : null;
        if (ending != null && !state.meals().isEmpty())
            return new MealReading(state.meals(), Draft.Kind.MEAL_COUNT, ending, false);
        boolean cancel = c.has(Cue.CANCEL) || !c.all(Mention.Meals.class).isEmpty() && MealWords.eatsElsewhere(c);
        boolean fewer = c.has(Cue.FEWER);
        boolean add = c.has(Cue.ADD);
        Draft.Kind kind;
        int verbAt;
        if (add && !(cancel || fewer) || add && c.at(Cue.ADD) < Figures.firstOf(c, Cue.CANCEL, Cue.FEWER)) {
            kind = Draft.Kind.MEAL_ADD;
            verbAt = c.at(Cue.ADD);
        } else if ((cancel || fewer) && !Figures.reported(c)) {
            kind = Draft.Kind.MEAL_CANCEL;
            verbAt = Figures.firstOf(c, Cue.CANCEL, Cue.FEWER);
        } else {
            kind = Figures.guests(c) ? Draft.Kind.MEAL_ADD : Draft.Kind.MEAL_COUNT;
            verbAt = -1;
        }
        Integer n = Figures.count(c, verbAt, false);
        // 云南55人明天早饭照常: the delegation's size said with its name, the meal as planned, is no figure for it.
        if (kind == Draft.Kind.MEAL_COUNT && n != null && sizeThenAsPlanned(c)) n = null;
        List<String> ms = meant;
        boolean verb = kind != Draft.Kind.MEAL_COUNT;
        boolean bareFigure = n != null
                && (c.bare() || c.bareBesides(Cue.AS_PLANNED))
                && (!c.teams().isEmpty() || state.mealAwaitsFigure());
        if (ms.isEmpty() && (verb || bareFigure)) ms = state.meals();
        if (ms.isEmpty() && !c.has(Cue.AS_PLANNED)) {
            // "1.四川 45" with no meal named anywhere: the figure is read, the meal is asked.
            boolean listLine = bareFigure && !c.teams().isEmpty() && !c.has(Cue.AS_PLANNED) && Figures.plain(c);
            return (verb || listLine)
                            && n != null
                            && c.all(Mention.Vehicle.class).isEmpty()
                    ? new MealReading(List.of(), kind, n, false)
                    : null;
        }
        // 只有二十来个人回来吃: a vague figure is no "as planned".
        boolean asPlanned = kind == Draft.Kind.MEAL_COUNT
                        && n == null
                        && c.has(Cue.AS_PLANNED)
                        && c.all(Mention.Vague.class).isEmpty()
                || kind == Draft.Kind.MEAL_COUNT && n == null && MealWords.eatsAsPlanned(c);
        if (ms.isEmpty() && asPlanned && !c.teams().isEmpty() && c.bareBesides(Cue.AS_PLANNED)) ms = state.meals();
        if (ms.isEmpty()) return null;
        // 早中晚 分别是 40 42 42: one figure per meal in order; a run that does not match the meals is asked.
        List<Integer> series = kind == Draft.Kind.MEAL_COUNT && ms.size() > 1 ? MealSeries.figures(c) : null;
        if (series != null && series.size() != ms.size()) return new MealReading(ms, kind, null, false);
        List<Integer> each = series != null
                ? series
                : kind == Draft.Kind.MEAL_COUNT ? PerMeal.figures(c, ms, reading.lexicon()) : null;
        if (each != null) return new MealReading(ms, kind, null, false, false, each);
        if (asPlanned) return new MealReading(ms, kind, null, false, true, null);
        boolean vague = n == null && !c.all(Mention.Vague.class).isEmpty();
        if (vague) return reading.asksFigure(c) ? new MealReading(ms, kind, null, false) : null;
        // 晚饭全部在土家山寨吃: all of them eat the meal, the delegation's figure said before or as planned.
        if (kind == Draft.Kind.MEAL_COUNT && n == null && allEat(c))
            return new MealReading(ms, kind, null, true, true, null);
        if (kind == Draft.Kind.MEAL_COUNT && n == null) return null;
        // 中午不回来吃了剩下的照常, 午饭不用准备他们的: only part of the delegation, the figure is to ask for.
        boolean whole = kind == Draft.Kind.MEAL_CANCEL && n == null && cancel && !c.has(Cue.REST) && !someOfThem(c);
        return new MealReading(ms, kind, n, whole);
    }

    /** "晚饭全部在土家山寨吃": all of the delegation eats the meal at a place (one of the event's, else a cancel cue reads it). */
    private static boolean allEat(Clause c) {
        String words = c.text.substring(c.start, c.end);
        int at = words.indexOf('在');
        return c.has(Cue.EAT)
                && !c.has(Cue.REST)
                && at > 0
                && words.indexOf('吃', at) > at
                && (words.contains("全部") || words.contains("全体") || words.contains("全团"));
    }

    private static boolean sizeThenAsPlanned(Clause c) {
        if (!c.has(Cue.AS_PLANNED)
                || !Figures.teamSize(c)
                || c.current(Mention.Count.class).size() != 1) return false;
        int figureEnd = c.current(Mention.Count.class).get(0).end();
        for (Mention m : c.mentions)
            if ((m instanceof Mention.Meals || m instanceof Mention.Part) && m.start() >= figureEnd)
                return c.at(Cue.AS_PLANNED) > m.start();
        return false;
    }

    /** Words that point back to some people already spoken of, not to the whole delegation. */
    private static final String[] SOME_OF_THEM = {"他们", "她们", "这些人", "那些人", "这几", "那几", "这部分", "那部分"};

    private static boolean someOfThem(Clause c) {
        String words = c.text.substring(c.start, c.end);
        for (String w : SOME_OF_THEM) if (words.contains(w)) return true;
        return false;
    }

    /** One draft per delegation and meal of the statement. */
    void place(Clause c, MealReading meal, ClauseState state, Drafts drafts) {
        List<Mention.Day> days = c.current(Mention.Day.class);
        LocalDate day = !days.isEmpty() ? days.get(0).date() : state.date();
        List<String> ms = meal.meals().isEmpty() ? Collections.singletonList(null) : meal.meals();
        // 昨天报的今天晚饭30人不对: each meal takes its own day; a meal of a past day is no report.
        boolean past = day != null && day.isBefore(reading.today());
        if (past && days.size() > 1 && ms.get(0) != null)
            past = dayOf(c, ms.get(0), days).isBefore(reading.today());
        if (past) return;
        List<MealDays.Serving> servings = servings(c, meal, ms, days, day);
        for (String team : reading.who(c, state)) {
            for (MealDays.Serving s : servings) {
                String id = s.meal();
                Draft d = drafts.add(meal.kind(), c, reading.original());
                d.team = team;
                d.meal = id;
                LocalDate own = s.date();
                d.date =
                        id == null ? own : own != null ? own : reading.lexicon().nextServing(id, reading.now());
                d.count = s.index() < 0 ? meal.count() : meal.countOf(s.index());
                d.asPlanned = meal.asPlanned() || meal.each() != null && d.count == null;
                boolean noFigure = d.count == null && !meal.whole() && !d.asPlanned;
                // 明天午饭有二十几个人 from a coordinator: neither who nor how many, no record with a made-up figure.
                if (team == null) d.missing = id != null && noFigure ? Gap.Field.UNCLEAR : Gap.Field.DELEGATION;
                else if (id == null) d.missing = Gap.Field.MEAL;
                else if (noFigure) d.missing = Gap.Field.COUNT;
            }
        }
    }

    /** Each meal of the statement with its day; with several days, as the clause pairs them. */
    private List<MealDays.Serving> servings(
            Clause c, MealReading meal, List<String> ms, List<Mention.Day> days, LocalDate day) {
        boolean several = days.size() > 1 && ms.get(0) != null;
        List<MealDays.Serving> out = several && meal.each() == null
                ? MealDays.of(c, ms, days, reading.lexicon())
                : new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            String id = ms.get(i);
            boolean placed = false;
            for (MealDays.Serving s : out) placed |= s.index() == i;
            if (!placed) out.add(new MealDays.Serving(id, several ? dayOf(c, id, days) : day, i));
        }
        return out;
    }

    /** With several days in one clause ("今天晚饭和明天早饭"), a meal takes the day said before it. */
    private LocalDate dayOf(Clause c, String meal, List<Mention.Day> days) {
        int at = -1;
        for (Mention m : c.mentions) {
            boolean names = m instanceof Mention.Meals ms && ms.ids().contains(meal)
                    || m instanceof Mention.Part p
                            && meal.equals(reading.lexicon().mealOf(p.part()));
            if (names) {
                at = m.start();
                break;
            }
        }
        LocalDate found = days.get(0).date();
        for (Mention.Day d : days) if (d.start() <= at) found = d.date();
        return found;
    }
}
