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
    /** The whole group, or the last batch of it (内蒙最后一批下午5点走 十个人 晚饭不吃了: no one is left to eat). */
    private static final String[] WHOLE = {
        "全团", "全体", "全部", "全队", "所有", "大家", "都", "其他", "其余", "剩下", "最后一批", "最后一拨", "最后一波", "最后走"
    };

    /** Movement verbs that may follow people and their time inside a meal's statement. */
    /** Words for the rest of the delegation, said after the people who leave. */
    private static final String[] REST = {"剩下", "其余", "其他人", "其它人", "剩余"};

    private static final String[] MOVING = {"走", "到", "离开", "返程", "出发", "回去"};

    private LeaversMeal() {}

    /** The meal reading with the movers' figure, or the reading as it was. */
    static MealReading theirs(Clause c, MealReading meal, Draft moved, Clause movement, Event event) {
        if (meal == null || meal.kind() != Draft.Kind.MEAL_CANCEL || meal.count() != null) return meal;
        // …有3个人要走 坐GS7582 早饭他们不吃: 他们 points at the people who leave.
        boolean pointed = !meal.whole() && MealShares.someOfThem(c) && c.span().contains("不吃");
        if (!meal.whole() && !pointed) return meal;
        if (moved == null || movement == null || !moved.isMovement() || moved.count == null || moved.team == null)
            return meal;
        // 湖南12人 晚上8点的G1234走: the figure said with the delegation's name is all of its people there,
        // unless the rest are said to leave later (青海12人明早7点走 早饭不吃了 剩下15人后天走).
        boolean onePerson = moved.count == 1 && OnePerson.described(movement) == 1;
        if (Figures.teamSize(movement) && !restLater(c) && !onePerson || !saysFigure(movement, moved.count))
            return meal;
        for (String team : c.teams()) if (!team.equals(moved.team)) return meal;
        int size = event.delegation(moved.team).map(d -> d.size()).orElse(0);
        if (moved.count >= size) return meal;
        // 广东提前走的6位 明天早饭不吃了: people whose day of leaving is not said miss the day the meal names.
        for (Mention.Day d : c.all(Mention.Day.class))
            if (moved.date != null && !d.date().equals(moved.date)) return meal;
        // 坐D2282回成都: a place's name holding 都 says no whole group.
        String words = PersonSubject.withoutPlaces(c.text.substring(Math.min(c.start, movement.start), c.end));
        for (String w : WHOLE) if (!pointed && words.contains(w)) return meal;
        return new MealReading(meal.meals(), meal.kind(), moved.count, false);
    }

    /** The rest of the delegation named after the meal's clause (…早饭不吃了 剩下的后天走). */
    private static boolean restLater(Clause c) {
        for (String w : REST) {
            int at = c.text.indexOf(w, c.end);
            if (at >= 0 && at - c.end <= 3) return true;
        }
        return false;
    }

    /** The movement's own words give its figure ("湖南12人 晚上8点的G1234 走" does not: the name's line does). */
    private static boolean saysFigure(Clause movement, int count) {
        for (Mention.Count n : movement.all(Mention.Count.class)) if (n.value() == count) return true;
        return count == 1 && OnePerson.described(movement) == 1;
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
     * "晚餐有10人下午3点坐G1234走", "晚上有3人下午先走": a meal, then people said with 有, then a part of the
     * day with its clock time (or one that names no meal): the people are the subject of the movement that
     * follows, not the meal's figure. {@code figure} is the index of the figure among the mentions.
     */
    static boolean moversTimed(String text, Mention.Count people, int figure, List<Mention> mentions, int to) {
        if (people.start() == 0 || figure + 1 >= mentions.size()) return false;
        Mention part = mentions.get(figure + 1);
        // 晚上3个人下午先走 剩下的报24: with no 有, only people right before the afternoon with the rest after.
        if (text.charAt(people.start() - 1) != '有' && !beforeRest(text, people, part)) return false;
        Mention clock = figure + 2 < mentions.size() ? mentions.get(figure + 2) : null;
        boolean timed = clock instanceof Mention.Clock && clock.start() == part.end();
        // 晚上有3人下午先走: the afternoon names no meal; it is when they leave.
        boolean noMeal =
                part instanceof Mention.Part p && (p.part() == DayPart.AFTERNOON || p.part() == DayPart.EARLY_HOURS);
        if (!(part instanceof Mention.Part) || !timed && !noMeal) return false;
        String rest = text.substring(timed ? clock.end() : part.end(), to);
        for (String verb : MOVING) if (rest.contains(verb)) return true;
        return false;
    }

    private static boolean beforeRest(String text, Mention.Count people, Mention part) {
        if (!people.unit() || part.start() != people.end()) return false;
        if (!(part instanceof Mention.Part p) || p.part() != DayPart.AFTERNOON) return false;
        for (String w : REST) if (text.indexOf(w, part.end()) >= 0) return true;
        return false;
    }

    /**
     * "晚上有5个人先走了 报30", "今晚晚餐有6人下午5点走 报46": people leaving from a meal, then the figure
     * reported after 报: that meal's own figure; null when the clause says none or names no one meal.
     */
    static MealReading reportedAfterMoving(Clause c, Lexicon lexicon) {
        int verb = Math.max(c.endOf(Cue.DEPART), c.endOf(Cue.ARRIVE));
        if (verb < 0) return null;
        Mention.Count figure = null;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            int at = n.start();
            while (at > verb && " 是的就".indexOf(c.text.charAt(at - 1)) >= 0) at--;
            if (at > verb && c.text.charAt(at - 1) == '报') figure = n;
        }
        if (figure == null) return null;
        // 中午有两个人先走 晚饭报25个: a meal named after the leaving is the one reported.
        List<String> meals = new java.util.ArrayList<>(1);
        for (Mention m : c.mentions) {
            if (m.end() > figure.start()) break;
            if (m.start() >= verb && m instanceof Mention.Meals x) return one(x.ids(), figure.value());
            String id = m instanceof Mention.Part p && m.end() <= verb ? lexicon.mealOf(p.part()) : null;
            List<String> ids = m instanceof Mention.Meals x ? x.ids() : id != null ? List.of(id) : List.of();
            for (String one : ids) if (!meals.contains(one)) meals.add(one);
        }
        return one(meals, figure.value());
    }

    private static MealReading one(List<String> meals, int figure) {
        return meals.size() == 1 ? new MealReading(meals, Draft.Kind.MEAL_COUNT, figure, false) : null;
    }
}
