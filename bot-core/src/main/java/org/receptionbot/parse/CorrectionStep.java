package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.List;
import org.receptionbot.message.Gap;

/**
 * A clause that takes back or replaces the figure of the statement before it (不对，是30人; 原计划晚饭30人，
 * 现在改成25人) rather than saying something of its own.
 */
final class CorrectionStep {
    private final Reading reading;
    private final Drafts drafts;

    CorrectionStep(Reading reading, Drafts drafts) {
        this.reading = reading;
        this.drafts = drafts;
    }

    /**
     * Whether {@code c} corrected or restated the drafts before it, and so is read; {@code named} are the meals
     * named last in the message ({@link ReportedFigure#named}).
     */
    boolean take(Clause c, List<String> meant, ClauseState state, List<String> named) {
        boolean correcting = c.has(Cue.CORRECTION) && drafts.last() != null || state.correcting() || changesPlan(c);
        if (state.correcting() && CorrectedMovement.amends(c, drafts)) return true;
        // 是40人 | 有两个领导没跟团: why the figure was corrected, no record of its own.
        if (CorrectionReason.explains(c, drafts.last(), meant, reading.original())) return true;
        Integer reported = MealReported.reportedAfterPlan(c, drafts.last());
        // 中午35 | 晚上有两个要去赛场 | 报33: a figure reported after another meal is named is that meal's.
        if (reported == null && !anotherMeal(named)) reported = ReportedFigure.after(c, drafts.last());
        if (reported != null) {
            reportAgain(c, reported);
            return true;
        }
        return correcting && correct(c, meant, state.correcting());
    }

    /**
     * "晚饭25人，不对，是30人": a figure with no statement of its own after a correction replaces the
     * figure of the last statement; whether the clause was taken as a correction.
     */
    private boolean correct(Clause c, List<String> meant, boolean afterTakenBack) {
        // 三十九个 哦不对 有一个要去加练 三十八个: after a figure taken back, the figure that ends the next clause.
        Integer ending = afterTakenBack && meant.isEmpty() && c.teams().isEmpty() ? Figures.endingFigure(c) : null;
        Integer figure = ending != null ? ending : Figures.count(c, -1, false);
        Draft last = drafts.last();
        if (last == null) return false;
        // 本来中午要少10个的 | 现在都回来吃 32个: the new plan eats; the old plan's fewer diners are no statement.
        if (eatsAfterAll(c) && (figure != null || c.has(Cue.AS_PLANNED))) {
            reportAgain(c, figure);
            return true;
        }
        // 上午9点 G8571 四十八人 不对 | 有3个留下来 是四十五人: the movement's time and train, its figure said later.
        if (figure == null && last.isMovement() && takesBackOwnFigure(c) && complete(c)) return true;
        if (figure == null) return c.bareBesides(Cue.CORRECTION);
        // (是36个人，) 不是38: a figure only denied after the one meant takes nothing back.
        if (DeniedFigures.deniedAlone(c)) return true;
        // 不对不对，有1个教练在外面开会，30个: people in the reason for the correction are no figure; the one after is.
        if (afterTakenBack && ending == null && meant.isEmpty() && c.teams().isEmpty() && !c.bare()) return true;
        if (ending == null
                && (!meant.isEmpty()
                        || MovementRules.kind(c) != null
                        || !c.teams().isEmpty())) return false;
        if (VisitCorrections.applied(c, drafts.lastStatement(), figure)) return true;
        // 27号返程 | 上午9点 G8571 四十八人 不对 是四十五人: the time and train said before the figure taken back complete the movement.
        if (last.isMovement() && takesBackOwnFigure(c)) complete(c);
        for (Draft d : drafts.lastStatement()) {
            d.count = figure;
            d.planned = false;
            d.restated = true;
            // 7号车回程31人 不对 … 所以是28: the figure taken back left the count open; the new one completes it.
            if (d.missing == Gap.Field.COUNT) d.missing = null;
        }
        return true;
    }

    /** Whether the one meal named last is none of the last statement's meals. */
    private boolean anotherMeal(List<String> named) {
        if (named.size() != 1) return false;
        for (Draft d : drafts.lastStatement()) if (named.contains(d.meal)) return false;
        return true;
    }

    /**
     * Whether {@code c} changes an old plan of fewer or no diners (本来中午要少10个的, 原来说晚上不吃) into eating
     * (现在都回来吃, 现在改成吃): no fewer, cancelled or added diners said in it.
     */
    private boolean eatsAfterAll(Clause c) {
        if (!changesPlan(c) || !c.has(Cue.EAT) || c.has(Cue.CANCEL) || c.has(Cue.FEWER) || c.has(Cue.ADD)) return false;
        if (!c.all(Mention.Meals.class).isEmpty() || !c.teams().isEmpty()) return false;
        for (Draft d : drafts.lastStatement())
            if (d.meal == null || d.kind != Draft.Kind.MEAL_CANCEL && d.kind != Draft.Kind.MEAL_ADD) return false;
        return true;
    }

    /** Gives the last movement the time and train the clause says where it has none; whether it said any. */
    private boolean complete(Clause c) {
        LocalTime time = Figures.time(c);
        String transport = Figures.transport(c);
        for (Draft d : drafts.lastStatement()) {
            if (time != null && d.time == null) d.time = time;
            if (transport != null && d.transport == null) d.transport = transport;
        }
        return time != null || transport != null;
    }

    /** Whether the clause takes back a figure said in it (四十八人 不对 是四十五人), not one said before it. */
    private static boolean takesBackOwnFigure(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (SelfCorrection.wrong(c, n)) return true;
        return false;
    }

    /** "原计划晚饭30人，现在改成25人": a new figure for the old plan just said. */
    private boolean changesPlan(Clause c) {
        Draft last = drafts.last();
        return last != null && last.planned && (c.has(Cue.CHANGE) || c.has(Cue.ONGOING));
    }

    /** The old plan's meals, now with the figure reported (see {@link MealReported#reportedAfterPlan}). */
    private void reportAgain(Clause c, Integer figure) {
        for (Draft old : drafts.dropLastStatement()) {
            Draft d = drafts.add(Draft.Kind.MEAL_COUNT, c, reading.original());
            d.team = old.team;
            d.date = old.date;
            d.meal = old.meal;
            d.count = figure;
            d.asPlanned = figure == null;
        }
    }
}
