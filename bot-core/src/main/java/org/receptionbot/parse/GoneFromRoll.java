package org.receptionbot.parse;

import java.util.List;

/**
 * "中午报数：⏎福建 已走⏎江西 27", "晚宴 重庆44 四川48 西藏已走": in a roll of several delegations' figures for
 * a meal, a delegation marked as already gone only says why it has no figure; it is no departure now.
 */
final class GoneFromRoll {
    private GoneFromRoll() {}

    /**
     * Whether {@code c} names another delegation as gone, with nothing of its own (no figure, day, time or
     * train), while a meal is carried from the roll's header or its other lines.
     */
    static boolean test(Clause c, ClauseState state, Draft last, String sender) {
        List<String> teams = c.teams();
        if (state.meals().isEmpty() || teams.size() != 1 || teams.get(0).equals(sender)) return false;
        if (!c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Part.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || Figures.people(c) != null) return false;
        // A roll: the meal comes from a header, or the line before gave another delegation's meal.
        return last == null ? state.teams().isEmpty() : last.meal != null && !teams.contains(last.team);
    }
}
