package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * "#接龙 今晚欢迎晚宴人数 / 5. 云南6 飞机4点落地 / 6. 山东 9 高铁晚点可能晚到一会 / 3. 辽宁 33 吃完走": on a list under one
 * meal's header, a line that opens with its delegation and its figure reports the meal's count; what it says after
 * (a flight landing, a train late, leaving after the meal) is a remark on it, no movement and no reason to drop the
 * figure, nor is a remark of the line before ("3. 河北 6 全到 / 4. 大连 3": 大连's line is its dinner). Applied once every clause is read, to the lines that gave their delegation no meal draft.
 */
final class ListLineRemark {
    private record Line(Clause clause, String team, int count, int from) {}

    private final List<Line> lines = new ArrayList<>();

    /** Notes the list line {@code c} opens, read from the {@code from}-th draft on, if it opens with a team and figure. */
    void opened(Clause c, int from) {
        List<Mention.Team> teams = c.all(Mention.Team.class);
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (teams.isEmpty() || counts.isEmpty()) return;
        Mention.Team team = teams.get(0);
        Mention.Count count = counts.get(0);
        if (count.start() < team.end()
                || !c.text.substring(team.end(), count.start()).isBlank()) return;
        // the figure may be followed by a remark; a bare line ("4. 大连 3" after "3. 河北 6 全到") is noted too, for a
        // movement the line before it lent it
        lines.add(new Line(c, team.id(), count.value(), from));
    }

    /** Gives each noted line left without a meal draft of its team the header's meal with its figure. */
    void apply(Drafts drafts, ClauseState header, Reading reading) {
        if (header == null || header.meals().size() != 1) return;
        String original = reading.original();
        for (Line l : lines) {
            if (drafts.list().stream().anyMatch(d -> l.team.equals(d.team) && isMeal(d))) continue;
            String mealId = header.meals().get(0);
            // 午餐接龙 with no day: the meal's next serving, as the list's other lines are read
            java.time.LocalDate day = header.mealDate() != null
                    ? header.mealDate()
                    : header.date() != null ? header.date() : reading.lexicon().nextServing(mealId, reading.now());
            // a movement the line before lent it was drafted before this line opened: look from the list's first line
            int from = lines.get(0).from;
            List<Draft> moved = drafts.since(Math.min(from, drafts.list().size())).stream()
                    .filter(d -> d.isMovement() && l.team.equals(d.team))
                    .toList();
            // 云南 6 航班取消了 明天到: a movement of another day, or of other people, is news of its own
            if (moved.stream()
                    .anyMatch(d -> d.date != null && day != null && !d.date.equals(day)
                            || d.count != null && d.count != l.count)) continue;
            drafts.dropIf(moved::contains);
            Draft meal = drafts.add(Draft.Kind.MEAL_COUNT, l.clause, original);
            meal.team = l.team;
            meal.count = l.count;
            meal.meal = mealId;
            meal.date = day;
        }
    }

    private static boolean isMeal(Draft d) {
        return d.kind == Draft.Kind.MEAL_COUNT || d.kind == Draft.Kind.MEAL_CANCEL || d.kind == Draft.Kind.MEAL_ADD;
    }
}
