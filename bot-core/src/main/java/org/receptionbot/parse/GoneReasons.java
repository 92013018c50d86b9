package org.receptionbot.parse;

import java.time.LocalDate;

/**
 * People gone, said after or inside a meal's figure ("午饭少2个 有两个同事已经先走了", "52里面有两个已经回南宁了"):
 * the reason for the figure, no departure of their own.
 */
final class GoneReasons {

    private GoneReasons() {}

    /**
     * "午饭少2个 有两个同事已经先走了", "中午少一个 他先回去了", "早餐六个 有一个已经走了": people gone,
     * said after a meal's figure with no day, time, train or delegation of their own, are why the figure is
     * what it is; their leaving is no movement to record ("…有两个今晚就走了" is one: it names its day).
     */
    static boolean goneReason(Clause c, Draft last, LocalDate today) {
        if (last == null || last.meal == null || last.count == null || last.missing != null) return false;
        // 明天早饭6个人 吃完就去机场了: people leaving after a later day's meal are a plan, not a reason.
        // 明早50人 有2个已经回南宁了: people already gone are why a later day's figure is what it is, too.
        boolean already = alreadyGone(c);
        if (!today.equals(last.date) && !already || c.at(Cue.DEPART) < 1 || c.text.charAt(c.at(Cue.DEPART) - 1) == '就')
            return false;
        if (last.kind != Draft.Kind.MEAL_CANCEL && last.kind != Draft.Kind.MEAL_COUNT) return false;
        if (!c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Part.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || !c.all(Mention.Meals.class).isEmpty()
                || !c.teams().isEmpty()) return false;
        int end = c.endOf(Cue.DEPART);
        boolean done = already || c.text.charAt(end - 1) == '了' || end < c.end && c.text.charAt(end) == '了';
        return done && !c.has(Cue.REST) && !c.has(Cue.BATCH);
    }

    /** Whether the clause's leaving verb follows 已/已经 (有两个已经回南宁了): people gone before now. */
    private static boolean alreadyGone(Clause c) {
        int at = c.at(Cue.DEPART);
        if (at < c.start + 1) return false;
        return c.text.charAt(at - 1) == '已' || at >= c.start + 2 && c.text.startsWith("已经", at - 2);
    }

    /**
     * "晚餐52 不对52里面有两个已经回南宁了 报50": people already gone, said inside a clause that reports a meal's
     * figure with no time or train, are the reason for that figure, no departure of their own: the meal's
     * reading, else null.
     */
    static MealReading goneInside(Clause c, MealReading meal, ClauseState state) {
        if (!alreadyGone(c)
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return null;
        boolean before = false;
        for (Mention.Count n : c.all(Mention.Count.class)) before |= n.start() < c.at(Cue.DEPART);
        if (!before) return null;
        if (meal != null) return meal.kind() == Draft.Kind.MEAL_COUNT && meal.count() != null ? meal : null;
        // 9. 广西 52 不对52里面有两个已经回南宁了 报50: a list's line, its figure taken back, under the list's meal.
        Integer n = Figures.takenBack(c) && !c.teams().isEmpty() ? Figures.count(c, -1, false) : null;
        return n == null || state.meals().isEmpty()
                ? null
                : new MealReading(state.meals(), Draft.Kind.MEAL_COUNT, n, false);
    }
}
