package org.receptionbot.parse;

/**
 * A part of the day said of a site-visit route ("湖南5人明早去北海", "明天上午北海那个点 广西再加1个",
 * "北海线明天上午去2个"): when the route goes, no meal. With a word of eating, cancelling or fewer diners
 * ("明早北海那3个不吃了", "中午北海那边少2个") the part still names its meal.
 */
final class VisitDayPart {
    private VisitDayPart() {}

    /** Whether the parts of the day in {@code c} only say when a route named in it goes. */
    static boolean said(Clause c) {
        return !c.all(Mention.Route.class).isEmpty()
                && !c.all(Mention.Part.class).isEmpty()
                && c.all(Mention.Meals.class).isEmpty()
                && !c.has(Cue.EAT)
                && !c.has(Cue.CANCEL)
                && !c.has(Cue.FEWER);
    }
}
