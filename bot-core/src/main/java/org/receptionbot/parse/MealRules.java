package org.receptionbot.parse;

import java.util.List;

/** Meal statements: a figure for a meal, fewer or more diners, a meal cancelled. */
final class MealRules {

    /** What besides a figure says people eat at the venue (留守5人在山庄用餐): no place away, no other verb. */
    private static final String EAT_HERE = "留守在山庄酒店宾馆驻地里用就餐吃饭的都";

    private final Reading reading;
    private final MealsMeant meant;
    private final MealPlacement placement;
    private final DelegationSize sizes;
    private final WholeTeamMeals wholeTeam;

    MealRules(Reading reading) {
        this.reading = reading;
        this.meant = new MealsMeant(reading);
        this.placement = new MealPlacement(reading);
        this.sizes = new DelegationSize(reading);
        this.wholeTeam = new WholeTeamMeals(reading, sizes);
    }

    /** The meals a clause names: by their words, or by 中午/晚上/明早 when the clause is about eating. */
    List<String> meant(Clause c) {
        return meant.of(c);
    }

    /** The meals of the parts of the day a clause names (中午 is lunch), whatever it says. */
    List<String> ofParts(Clause c) {
        return MealWords.ofParts(c, reading.lexicon());
    }

    /** The meal statement of the clause, or null when it makes none. */
    MealReading read(Clause said, List<String> meant, ClauseState state) {
        Clause sum = AddedOn.sum(said);
        Clause c = KeptFoodCancelled.without(sum != null ? sum : MealChanges.beforeReason(said));
        if (Figures.transport(c) != null && !MealEating.cancelledRightAfter(c)) return null;
        // 下午茶20人, 水果30份: food that is no meal of the event takes no meal's figure.
        if (c.has(Cue.SNACK) && c.all(Mention.Meals.class).isEmpty()) return null;
        if (MealShares.eatingNow(c)) return null;
        // 晚饭三十九个 哦不对 有一个要去加练 三十八个 (…去比赛 早饭30): after a figure taken back, the figure that
        // ends the clause is the meal's, not one in the reason before it.
        boolean same = meant.isEmpty() || meant.equals(state.meals());
        Integer ending = state.correcting() && c.teams().isEmpty() && same ? Figures.endingFigure(c) : null;
        if (ending != null && !state.meals().isEmpty())
            return new MealReading(state.meals(), Draft.Kind.MEAL_COUNT, ending, false);
        Clause verbs = MealChanges.newPlan(c);
        boolean cancel =
                verbs.has(Cue.CANCEL) || !c.all(Mention.Meals.class).isEmpty() && MealWords.eatsElsewhere(verbs);
        boolean fewer = verbs.has(Cue.FEWER) && !MealChanges.takenBack(c, Cue.FEWER);
        boolean add = verbs.has(Cue.ADD) && !MealChanges.takenBack(c, Cue.ADD);
        Draft.Kind kind;
        int verbAt;
        if (add && !(cancel || fewer) || add && c.at(Cue.ADD) < Figures.firstOf(c, Cue.CANCEL, Cue.FEWER)) {
            kind = Draft.Kind.MEAL_ADD;
            verbAt = c.at(Cue.ADD);
        } else if ((cancel || fewer) && !FigureParts.reported(c)) {
            kind = Draft.Kind.MEAL_CANCEL;
            verbAt = Figures.firstOf(c, Cue.CANCEL, Cue.FEWER);
        } else {
            // 两位家属, 另外一个队的: people beside the delegation's own come on top of its count.
            kind = FigureParts.guests(c) || OtherGroup.named(c) ? Draft.Kind.MEAL_ADD : Draft.Kind.MEAL_COUNT;
            verbAt = -1;
        }
        Integer n = Figures.count(c, verbAt, false);
        // 晚上大部分人不吃 3个人吃: the few who still eat are the meal's figure, not diners fewer.
        Integer only = kind == Draft.Kind.MEAL_CANCEL && cancel && !fewer ? OnlyDiners.figure(c) : null;
        if (only != null) {
            kind = Draft.Kind.MEAL_COUNT;
            n = only;
        }
        // 早餐少2个哈 53: the total the decrease leaves is the meal's figure.
        Integer total = kind == Draft.Kind.MEAL_CANCEL && fewer && !cancel && verbAt >= 0
                ? FewerThenTotal.total(c, verbAt, c.current(Mention.Count.class))
                : null;
        if (total != null) {
            kind = Draft.Kind.MEAL_COUNT;
            n = total;
        }
        if (only != null) total = only;
        // 晚饭一共42 来了两个领导, 52个 加两个司机 一共54个: the total said is the meal's count, the people added
        // only why it is what it is.
        Integer summed = kind == Draft.Kind.MEAL_ADD ? FigureParts.summed(c) : null;
        if (summed != null) {
            kind = Draft.Kind.MEAL_COUNT;
            n = summed;
            total = summed;
        }
        // 云南55人明天早饭照常: the delegation's size said with its name, the meal as planned, is no figure for it.
        // 宁夏16个中午还吃 (of 31): a figure short of the delegation's size is who eats, no size.
        if (kind == Draft.Kind.MEAL_COUNT
                && n != null
                && MealShares.sizeThenAsPlanned(c)
                && !sizes.shortOf(c, n, state)) n = null;
        // 发烧那个队员输完液回来了 晚上正常吃: the one back is no figure of the meal, which is as planned.
        if (kind == Draft.Kind.MEAL_COUNT && n != null && MealShares.othersThenAsPlanned(c)) n = null;
        if (kind == Draft.Kind.MEAL_COUNT && verbAt < 0) n = MealFigure.afterMeal(c, n);
        // 午饭就不吃了 全团30人 (of 30): the delegation's size said after a cancellation is the whole one's, not
        // diners fewer (内蒙5个都不吃 still counts its 5).
        if (kind == Draft.Kind.MEAL_CANCEL && cancel && !fewer && sizes.saidAfter(c, verbAt, n, state)) n = null;
        List<String> ms = meant;
        String part =
                kind == Draft.Kind.MEAL_COUNT && n != null ? MealFigure.partBeforeMeal(c, reading.lexicon()) : null;
        if (part != null) return new MealReading(List.of(part), kind, n, false);
        boolean verb = kind != Draft.Kind.MEAL_COUNT || total != null;
        // (晚餐：考察的领导在当地，)留守5人在山庄用餐: the people who eat at the venue, for the meal awaited.
        boolean bareFigure = n != null
                        && (c.bare() || c.bareBesides(Cue.AS_PLANNED) || MealFigure.bareCorrected(c))
                        && (!c.teams().isEmpty() || state.mealAwaitsFigure())
                || n != null && state.mealAwaitsFigure() && c.bareWith(EAT_HERE);
        if (ms.isEmpty() && (verb || bareFigure)) ms = state.meals();
        MealReading allOf = kind == Draft.Kind.MEAL_COUNT && n == null ? wholeTeam.read(c, ms, state) : null;
        if (allOf != null) return allOf;
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
                || kind == Draft.Kind.MEAL_COUNT && n == null && MealEating.eatsAsPlanned(c)
                || kind == Draft.Kind.MEAL_COUNT && n == null && ComingToEat.test(c);
        if (ms.isEmpty() && asPlanned && !c.teams().isEmpty() && c.bareBesides(Cue.AS_PLANNED)) ms = state.meals();
        if (ms.isEmpty()) return null;
        // 早中晚 分别是 40 42 42: one figure per meal in order; a run that does not match the meals is asked.
        List<Integer> series = kind == Draft.Kind.MEAL_COUNT && ms.size() > 1 ? MealSeries.figures(c) : null;
        if (series != null && series.size() != ms.size()) return new MealReading(ms, kind, null, false);
        List<Integer> each = series != null
                ? series
                : kind == Draft.Kind.MEAL_COUNT ? PerMeal.figures(c, ms, reading.lexicon()) : null;
        if (each != null) return new MealReading(ms, kind, null, false, false, each);
        if (kind == Draft.Kind.MEAL_COUNT && n == null && MealShares.allOfThem(c))
            return new MealReading(ms, kind, null, true, true, null);
        // 那两个明晚在山庄吃饭: the people pointed at are the ones who eat; their figure is the meal's.
        Integer diners = asPlanned ? PointedDiners.eating(c) : null;
        if (diners != null) return new MealReading(ms, kind, diners, false);
        if (asPlanned) return new MealReading(ms, kind, null, false, true, null);
        boolean vague = n == null && !c.all(Mention.Vague.class).isEmpty();
        if (vague) return reading.asksFigure(c) ? new MealReading(ms, kind, null, false) : null;
        // 晚饭全部在土家山寨吃: all of them eat the meal, the delegation's figure said before or as planned.
        if (kind == Draft.Kind.MEAL_COUNT && n == null && MealShares.allEat(c))
            return new MealReading(ms, kind, null, true, true, null);
        if (kind == Draft.Kind.MEAL_COUNT && n == null) return null;
        // 他俩早饭不吃: the two said of skip it, whatever figure the people were given before.
        Integer two =
                kind == Draft.Kind.MEAL_CANCEL && n == null && cancel ? PersonSubject.pairOfThem(c, verbAt) : null;
        if (two != null) return new MealReading(ms, kind, two, false);
        // 3个教练…改成下午2点落地 中午饭不用算他们: 他们 are the people the message counted before.
        Integer them = kind == Draft.Kind.MEAL_CANCEL && n == null && cancel && !c.has(Cue.REST)
                ? PointedDiners.themCounted(c, verbAt, state.counted())
                : null;
        if (them != null) return new MealReading(ms, kind, them, false);
        // 中午不回来吃了剩下的照常, 午饭不用准备他们的: only part of the delegation, the figure is to ask for.
        boolean whole =
                kind == Draft.Kind.MEAL_CANCEL && n == null && cancel && !c.has(Cue.REST) && !MealShares.someOfThem(c);
        Integer pointed = whole ? MealShares.pointedBefore(c) : null;
        // 李司长今晚不参加宴会, 留下的那位中午不吃了: the people named are who do not eat, not the delegation.
        // 午饭不用算那两个了: the people pointed at after the word are who do not eat.
        if (pointed == null && whole) pointed = PointedDiners.afterCancel(c, verbAt);
        if (pointed == null && whole) pointed = PersonSubject.before(c, verbAt);
        if (pointed == null && whole) pointed = PersonSubject.carried(c, state.persons());
        if (pointed != null) return new MealReading(ms, kind, pointed, false);
        return new MealReading(ms, kind, n, whole);
    }

    /** The size of the one delegation the clause (or else the message, or the sender) names; null when not one. */
    Integer size(Clause c, ClauseState state) {
        return sizes.of(c, state);
    }

    /** One draft per delegation and meal of the statement. */
    void place(Clause c, MealReading meal, ClauseState state, Drafts drafts) {
        placement.place(c, meal, state, drafts);
    }
}
