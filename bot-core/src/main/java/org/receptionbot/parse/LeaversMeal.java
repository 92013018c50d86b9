package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.event.Event;

/**
 * "明早6人7点走，早饭不吃了", "河南有5个人明天早上6点的车走 早饭不吃": a meal cancelled with no figure right
 * after part of a delegation moving is cancelled for those people only; the figure is theirs. Not when
 * the movement is the whole delegation (its figure is its size), nor when the cancellation names the
 * whole group (全团, 大家, 都), another delegation or another day, nor when the figure is said with the
 * delegation's name (湖南12人…走).
 */
final class LeaversMeal {
    private static final String[] WHOLE = {"全团", "全体", "全部", "全队", "所有", "大家", "都", "其他", "其余", "剩下"};

    /** Movement verbs that may follow people and their time inside a meal's statement. */
    private static final String[] MOVING = {"走", "到", "离开", "返程", "出发", "回去"};

    private LeaversMeal() {}

    /** The meal reading with the movers' figure, or the reading as it was. */
    static MealReading theirs(Clause c, MealReading meal, Draft moved, Clause movement, Event event) {
        if (meal == null || meal.kind() != Draft.Kind.MEAL_CANCEL || !meal.whole()) return meal;
        if (moved == null || movement == null || !moved.isMovement() || moved.count == null || moved.team == null)
            return meal;
        // 湖南12人 晚上8点的G1234走: the figure said with the delegation's name is all of its people there.
        if (Figures.teamSize(movement) || !saysFigure(movement, moved.count)) return meal;
        for (String team : c.teams()) if (!team.equals(moved.team)) return meal;
        int size = event.delegation(moved.team).map(d -> d.size()).orElse(0);
        if (moved.count >= size) return meal;
        for (Mention.Day d : c.all(Mention.Day.class)) if (!d.date().equals(moved.date)) return meal;
        String words = c.text.substring(Math.min(c.start, movement.start), c.end);
        for (String w : WHOLE) if (words.contains(w)) return meal;
        return new MealReading(meal.meals(), meal.kind(), moved.count, false);
    }

    /** The movement's own words give its figure ("湖南12人 晚上8点的G1234 走" does not: the name's line does). */
    private static boolean saysFigure(Clause movement, int count) {
        for (Mention.Count n : movement.all(Mention.Count.class)) if (n.value() == count) return true;
        return false;
    }

    /**
     * "明天中午有4个走了不吃": a part of the day, people, their leaving and 不吃 right after it: the meal of that
     * part of the day is the one they skip. Empty unless the clause names no meal word and one such part.
     */
    static List<String> partSkipped(Clause c, Lexicon lexicon) {
        int verb = c.endOf(Cue.DEPART);
        int cancel = c.at(Cue.CANCEL);
        if (verb < 0 || cancel < verb || cancel - verb > 3 || !c.has(Cue.EAT) || c.has(Cue.ARRIVE)) return List.of();
        for (int i = verb; i < cancel; i++) if ("了就也都 ".indexOf(c.text.charAt(i)) < 0) return List.of();
        if (!c.all(Mention.Meals.class).isEmpty() || c.all(Mention.Part.class).size() != 1) return List.of();
        Mention.Part part = c.all(Mention.Part.class).get(0);
        String meal = lexicon.mealOf(part.part());
        if (meal == null) return List.of();
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.unit() && n.start() > part.end() && n.end() <= c.at(Cue.DEPART)) return List.of(meal);
        return List.of();
    }

    /**
     * "晚餐有10人下午3点坐G1234走": a meal, then people said with 有, then a part of the day with its clock
     * time: the people are the subject of the movement that follows, not the meal's figure. {@code figure} is
     * the index of the figure among the mentions.
     */
    static boolean moversTimed(String text, Mention.Count people, int figure, List<Mention> mentions, int to) {
        if (people.start() == 0 || text.charAt(people.start() - 1) != '有' || figure + 2 >= mentions.size()) return false;
        Mention part = mentions.get(figure + 1);
        Mention clock = mentions.get(figure + 2);
        if (!(part instanceof Mention.Part) || !(clock instanceof Mention.Clock) || clock.start() != part.end())
            return false;
        String rest = text.substring(clock.end(), to);
        for (String verb : MOVING) if (rest.contains(verb)) return true;
        return false;
    }
}
