package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the clauses read so far leave to the next one: the delegations, the date and the meals last
 * named, the vehicle last named and the delegation named with it. A new state per clause.
 *
 * @param teams the delegations of the last clause that named any
 * @param named every delegation named so far, in order
 * @param mealAwaitsFigure the clause before named a meal but gave no figure ("今天中午在九院吃，60人")
 * @param correcting the clause before said the last figure was wrong, without the right one ("不对，是30人")
 * @param restAside a clause after the meals named said the rest of the people go on a day of their own
 *     ("晚饭有8个人下午先走 其余的明早走"): the same meal named again keeps {@code mealDate}, the day it was said for
 * @param persons the people named one by one in the clauses since the last draft, as who they tell of ("一位领导睡过头了，
 *     …，早饭就不吃了"), see {@link PersonSubject#told}; 0 when none
 * @param counted the people counted in the clauses before that named no meal ("3个教练的航班延误了"), for 他们 after a
 *     cancel word; 0 when none
 */
record ClauseState(
        List<String> teams,
        List<String> named,
        LocalDate date,
        List<String> meals,
        Mention.Vehicle vehicle,
        String vehicleTeam,
        boolean mealAwaitsFigure,
        boolean correcting,
        boolean restAside,
        LocalDate mealDate,
        int persons,
        int counted) {

    static final ClauseState START =
            new ClauseState(List.of(), List.of(), null, List.of(), null, null, false, false, false, null, 0, 0);

    ClauseState withDate(LocalDate day) {
        return new ClauseState(
                teams,
                named,
                day,
                meals,
                vehicle,
                vehicleTeam,
                mealAwaitsFigure,
                correcting,
                restAside,
                mealDate,
                persons,
                counted);
    }

    /** This state with the meals and the day of {@code header}, a list's header the line after it starts from. */
    ClauseState withMealsOf(ClauseState header) {
        return new ClauseState(
                teams,
                named,
                header.date,
                header.meals,
                vehicle,
                vehicleTeam,
                false,
                correcting,
                false,
                header.mealDate,
                persons,
                counted);
    }

    /** The state after {@code c}, which meant the meals {@code meant} and made a draft or not. */
    ClauseState after(Clause c, List<String> meant, boolean drafted) {
        List<String> t = c.teams();
        List<String> n = named;
        if (!t.isEmpty()) {
            n = new ArrayList<>(named);
            for (String id : t) if (!n.contains(id)) n.add(id);
            n = List.copyOf(n);
        }
        List<Mention.Day> days = MealLikening.unlikened(c, c.current(Mention.Day.class));
        // 有个队员昨晚开始发烧 | 中午少1个: the past day an illness began dates the illness, not the meals after it.
        if (meant.isEmpty() && illnessBegan(c, days)) days = List.of();
        List<Mention.Vehicle> v = c.all(Mention.Vehicle.class);
        boolean aside = meant.isEmpty() && !meals.isEmpty() && (restAside || c.has(Cue.REST) && !days.isEmpty());
        return new ClauseState(
                t.isEmpty() ? teams : t,
                n,
                days.isEmpty() ? date : DateMentions.carried(c.text, days.get(0)),
                meant.isEmpty() ? meals : meant,
                v.isEmpty() ? vehicle : v.get(0),
                v.isEmpty() ? vehicleTeam : t.isEmpty() ? null : t.get(0),
                !meant.isEmpty() && !drafted && c.has(Cue.EAT),
                c.has(Cue.CORRECTION) && Figures.count(c, -1, false) == null
                        || HeadcountFigure.onlyJoinedAfterTakenBack(c)
                        || correcting && !drafted && meant.isEmpty() && Figures.endingFigure(c) == null,
                aside,
                aside && restAside ? mealDate : date,
                // 有个代表发烧了 | 早饭不吃了: the illness reported is the person's; they are carried past it.
                drafted && !c.has(Cue.HEALTH) ? 0 : PersonSubject.told(c, persons),
                counted(c, meant));
    }

    /**
     * "3个教练的航班延误了 改成下午2点落地": the people counted in a clause of no meal, carried to the clauses after it that
     * count no one (for "中午饭不用算他们", {@link PointedDiners#themCounted}); a clause of a meal, or of two figures, ends it.
     */
    private int counted(Clause c, List<String> meant) {
        if (!meant.isEmpty() || c.has(Cue.EAT) || c.has(Cue.CANCEL)) return 0;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.isEmpty()) return c.all(Mention.Vague.class).isEmpty() ? counted : 0;
        return counts.size() == 1 && counts.get(0).unit() ? counts.get(0).value() : 0;
    }

    /** The clause tells of an illness on a past day (昨晚开始发烧, 前天摔了一跤). */
    private static boolean illnessBegan(Clause c, List<Mention.Day> days) {
        if (days.isEmpty() || !(c.has(Cue.HEALTH) || c.has(Cue.ILL))) return false;
        char first = c.text.charAt(days.get(0).start());
        return first == '昨' || first == '前';
    }
}
