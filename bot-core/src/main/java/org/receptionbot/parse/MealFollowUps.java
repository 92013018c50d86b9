package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.Gap;

/** A clause that only completes or explains the meal statement before it. */
final class MealFollowUps {

    private MealFollowUps() {}

    /**
     * "加两个司机师傅的饭，中午": a clause that is only a meal word gives the meal the statement before
     * it asked for. "午餐因部分队员在赛场就餐，报30人": a clause that is only a reported figure gives the
     * figure the statement before it asked for, as an absolute figure. Whether the clause was taken so.
     */
    static boolean complete(Clause c, List<String> meant, MealRules meals, ClauseState state, Drafts drafts) {
        List<Draft> last = drafts.lastStatement();
        if (last.isEmpty() || !c.teams().isEmpty() || c.question) return false;
        boolean meal = true;
        boolean count = true;
        boolean countedAll = true;
        for (Draft d : last) {
            meal &= d.missing == Gap.Field.MEAL && d.count != null;
            count &= d.missing == Gap.Field.COUNT && d.meal != null && d.kind != Draft.Kind.MEAL_ADD;
            // 辽宁晚上又回来吃了 | 33个全到: everyone counted is the figure, whatever the verb before said.
            countedAll &= d.missing == Gap.Field.COUNT && d.meal != null;
        }
        boolean noFigure = c.all(Mention.Count.class).isEmpty()
                && c.all(Mention.Vague.class).isEmpty();
        List<String> named = meant.isEmpty() ? meals.ofParts(c) : meant;
        if (meal && named.size() == 1 && noFigure && c.bare()) {
            MealReading r = new MealReading(named, last.get(0).kind, last.get(0).count, false);
            drafts.dropLastStatement();
            meals.place(c, r, state, drafts);
            return true;
        }
        // 湖南早餐照常 35个全到: everyone counted coming to the meal just said is its figure.
        Integer allCome = meant.isEmpty() ? AllComeFigure.figure(c) : null;
        Integer n = allCome != null ? allCome : Figures.people(c);
        // 早餐正常吃 北海线五个人: a figure said with a route is the route's, not the meal's as planned.
        if (asPlanned(last)
                && meant.isEmpty()
                && n != null
                && c.all(Mention.Route.class).isEmpty()
                && (c.bareWith("还是仍然报为") && !verb(c) || allCome != null)) {
            for (Draft d : last) {
                d.count = n;
                d.asPlanned = false;
            }
            return true;
        }
        boolean reported = c.has(Cue.EAT) && c.bareWith("报按为") && !verb(c) || allCome != null;
        if (!(count || countedAll && allCome != null) || !meant.isEmpty() || n == null || !reported) return false;
        List<String> ms = new ArrayList<>();
        for (Draft d : drafts.dropLastStatement()) if (!ms.contains(d.meal)) ms.add(d.meal);
        meals.place(c, new MealReading(ms, Draft.Kind.MEAL_COUNT, n, false), state, drafts);
        return true;
    }

    /** 宵夜不取消了 还是20份: a meal just said to be as planned, with no figure yet. */
    private static boolean asPlanned(List<Draft> last) {
        for (Draft d : last)
            if (!d.asPlanned || d.kind != Draft.Kind.MEAL_COUNT || d.meal == null || d.missing != null) return false;
        return true;
    }

    private static boolean verb(Clause c) {
        return c.has(Cue.CANCEL) || c.has(Cue.FEWER) || c.has(Cue.ADD) || c.has(Cue.DEPART) || c.has(Cue.ARRIVE);
    }

    private static final java.util.Set<String> ABSENCE = java.util.Set.of("请假", "不参加", "不出席", "缺席");

    /**
     * "广东团36个人中午吃饭 有一个请假了", "晚饭25个 有两个去医院陪护了": fewer people said right after
     * a meal's figure, with no meal or delegation of their own, are why the figure is what it is; so are
     * any away after a figure said as a new total ("晚饭改为50人，有10人在外面吃", "27 不是 是25人 有两个…不回来吃").
     */
    static boolean explains(Clause c, MealReading meal, Draft last) {
        return explains(c, meal, last, List.of());
    }

    /**
     * As {@link #explains(Clause, MealReading, Draft)}; also when the figure and the people away add up to a
     * figure said before it ({@code known}: another meal's figure for the delegation, or its size): "中午42
     * 晚上40 有两个晚上有事不吃了" is dinner 40, the two already left out.
     */
    static boolean explains(Clause c, MealReading meal, Draft last, List<Integer> known) {
        // 其中两个不吃: the two are among the figure said, to take off it or not.
        boolean among = c.span().strip().startsWith("其中");
        if (!among && follows(c, meal, last) && known.contains(last.count + meal.count())) return true;
        int at = Math.max(c.at(Cue.CANCEL), c.at(Cue.FEWER));
        int end = Math.max(c.endOf(Cue.CANCEL), c.endOf(Cue.FEWER));
        return follows(c, meal, last) && (last.restated || at >= 0 && ABSENCE.contains(c.text.substring(at, end)));
    }

    /**
     * "晚餐改成20 | 有七个下午去州里 | 晚上不回来": a whole cancellation of the meal just given a new figure (改成, 改为), said
     * after people waiting for their verb, is theirs, and they are why the figure is new: no fewer diners on top.
     */
    static boolean missNewFigure(Clause c, MealReading meal, Draft last) {
        if (meal == null || meal.kind() != Draft.Kind.MEAL_CANCEL || meal.count() != null || last == null) return false;
        if (last.kind != Draft.Kind.MEAL_COUNT || !last.restated || last.count == null || last.meal == null)
            return false;
        return meal.meals().equals(List.of(last.meal)) && c.teams().isEmpty() && !c.has(Cue.REST);
    }

    /**
     * "宵夜那个15个改成18个 又多了三个娃", "晚饭改成37 多了两个司机": more people, said as come (多了, 来了,
     * 加了) right after a figure said as a new total, are why it is the new total; no more diners on top.
     */
    static boolean explainsMore(Clause c, MealReading meal, Draft last) {
        if (meal.kind() != Draft.Kind.MEAL_ADD || meal.count() == null || last == null || !last.restated) return false;
        if (last.kind != Draft.Kind.MEAL_COUNT || last.count == null || meal.count() >= last.count) return false;
        String words = c.span();
        boolean come = words.contains("多了") || words.contains("来了") || words.contains("加了");
        return come
                && c.all(Mention.Meals.class).isEmpty()
                && c.all(Mention.Part.class).isEmpty()
                && c.teams().isEmpty()
                && !words.contains("再")
                && !words.contains("还")
                && !words.contains("另");
    }

    /**
     * "晚饭30人 有两个不吃": fewer people right after a meal's figure, with no meal of their own and no
     * absence that explains them, may be taken off the figure or not; the figure is to be asked.
     */
    static boolean unclear(Clause c, MealReading meal, Draft last, List<Integer> known) {
        return follows(c, meal, last) && !explains(c, meal, last, known);
    }

    /**
     * "中午加3个 是我们的司机和两个志愿者", "中午少2人 会开得晚 赶不上": who the people of a meal's figure
     * are, or why they miss it ("只有16人，其他在赛场吃": where the rest eat), said after it with no meal, delegation or figure of its own (a figure
     * only as part of who they are), is no statement.
     */
    static boolean reason(Clause c, Draft last) {
        if (last == null || last.meal == null || last.count == null) return false;
        if (last.missing != null && last.missing != Gap.Field.DELEGATION) return false;
        if (!c.all(Mention.Meals.class).isEmpty()
                || !c.all(Mention.Part.class).isEmpty()
                || !c.teams().isEmpty()) return false;
        String words = c.span().strip();
        boolean who = who(words) && !c.has(Cue.CANCEL) && !c.has(Cue.FEWER) && !c.has(Cue.ADD);
        boolean noFigure = c.all(Mention.Count.class).isEmpty();
        boolean why = last.kind == Draft.Kind.MEAL_CANCEL && c.has(Cue.CANCEL) && noFigure && !c.has(Cue.REST);
        // 中午只有16人，其他在赛场吃盒饭: the rest eating elsewhere is why the figure is what it is.
        // 湖北中午报40人，另外20个在赛场自己解决: the others, counted, are who the figure leaves out.
        boolean others = c.has(Cue.REST) && noFigure || words.startsWith("另外") || c.has(Cue.REST) && firstIsRest(c);
        boolean rest = last.kind == Draft.Kind.MEAL_COUNT && others && c.has(Cue.CANCEL);
        return who || why || rest;
    }

    /** "剩下20个在赛场吃": the clause opens with the rest, its figure theirs. */
    private static boolean firstIsRest(Clause c) {
        int at = c.at(Cue.REST);
        for (int i = c.start; i < at; i++) if (c.text.charAt(i) != ' ') return false;
        return true;
    }

    private static final String[] WHO = {"是", "都是", "包括", "包含", "含"};

    private static boolean who(String words) {
        for (String w : WHO) if (words.startsWith(w)) return true;
        return false;
    }

    /**
     * "晚饭再加两个 是刚到的记者": who the people of a meal's figure are, told by how they came (刚到的,
     * 新来的), is no movement of its own.
     */
    static boolean whoCame(Clause c, Draft last) {
        if (!c.has(Cue.ARRIVE) || !reason(c, last)) return false;
        int end = c.endOf(Cue.ARRIVE);
        return end < c.end && c.text.charAt(end) == '的';
    }

    private static boolean follows(Clause c, MealReading meal, Draft last) {
        if (meal.kind() != Draft.Kind.MEAL_CANCEL || meal.count() == null || last == null) return false;
        if (last.kind != Draft.Kind.MEAL_COUNT || last.count == null || last.asPlanned || last.missing != null)
            return false;
        String words = c.span();
        // 晚上40 有两个晚上有事不吃了: the meal named again is the figure's own meal, no other.
        boolean ownMeal = meal.meals().equals(List.of(last.meal)) && last.meal != null;
        return (ownMeal
                        || c.all(Mention.Meals.class).isEmpty()
                                && c.all(Mention.Part.class).isEmpty())
                && c.teams().isEmpty()
                && !c.has(Cue.ASIDE)
                && !words.contains("再")
                && !words.contains("还");
    }
}
