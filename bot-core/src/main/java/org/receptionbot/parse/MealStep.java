package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.Gap;

/** A meal a clause reports with no movement beside it, read against the statement before it. */
final class MealStep {
    private final Reading reading;
    private final RuleFamilies rules;
    private final Drafts drafts;
    private final MessageTrail trail;
    /** The meal being placed took the people waiting before it as the whole delegation ({@link #withWaitingPeople}). */
    private boolean wholeWaited;

    MealStep(Reading reading, RuleFamilies rules, Drafts drafts, MessageTrail trail) {
        this.reading = reading;
        this.rules = rules;
        this.drafts = drafts;
        this.trail = trail;
    }

    /** (12号车实到40人，)少1人: a shortfall of the head count, not a meal. */
    static boolean shortfall(MealReading meal, Draft last) {
        return meal.meals().isEmpty() && last != null && last.kind == Draft.Kind.HEADCOUNT;
    }

    /** Places {@code meal}, unless it only gives the reason for the last statement or leaves its figure unclear. */
    void place(Clause c, MealReading meal, Draft last, ClauseState state) {
        if (MealFollowUps.reason(c, last)
                || MealFollowUps.explainsMore(c, meal, last)
                || RestatedPeople.restates(c, meal, last)) return;
        // 晚餐改成20 有七个下午去州里 晚上不回来: the people said apart who miss the meal just given a new figure are why.
        if (drafts.waiting().any() && MealFollowUps.missNewFigure(c, meal, last)) {
            drafts.waiting().takeAll();
            trail.explained = c;
            return;
        }
        List<Integer> known = known(last);
        // 接龙 23号晚饭 | 浙江 30 有4个病号不吃: on a list's line, the people not eating said after the line's figure are
        // why it is what it is; the line reports the figure.
        if (ListLines.onLineOf(c, trail.listLine) && MealFollowUps.unclear(c, meal, last, known)) {
            trail.explained = c;
            ListLineFigure.apply(c, last, drafts);
            return;
        }
        if (MealFollowUps.unclear(c, meal, last, known)) {
            for (Draft d : drafts.lastStatement()) d.missing = Gap.Field.COUNT;
        } else if (MealFollowUps.explains(c, meal, last, known)) {
            trail.explained = c;
        } else {
            MealReading theirs = LeaversMeal.theirs(
                    c, withWaitingPeople(c, meal, state), last, trail.moved, reading.lexicon().event);
            int before = drafts.size();
            rules.meals().place(c, theirs, state, drafts);
            // 湖北的七个 今天中饭不吃 … 10点半走 G2306: the whole delegation, said before the cancellation, are who
            // leave after it too.
            if (wholeWaited) drafts.waiting().putBack();
            wholeWaited = false;
            NetAfterLeavers.mark(drafts.since(0), before);
        }
    }

    /** The figures said before {@code last} for its delegation: its other meals' figures, and its size. */
    private List<Integer> known(Draft last) {
        if (last == null || last.count == null) return List.of();
        List<Integer> known = new ArrayList<>();
        for (Draft d : drafts.since(0))
            if (d != last
                    && d.kind == Draft.Kind.MEAL_COUNT
                    && d.count != null
                    && java.util.Objects.equals(d.team, last.team)) known.add(d.count);
        String team = last.team != null ? last.team : reading.sender();
        Integer size = team == null
                ? null
                : reading.lexicon().event.delegation(team).map(x -> x.size()).orElse(null);
        if (size != null) known.add(size);
        return known;
    }

    /** The figure of the arrival said just before, of today and of the delegation the meal is for; or null. */
    private Integer justArrived(Clause c, ClauseState state) {
        Draft last = drafts.last();
        if (last == null || last.kind != Draft.Kind.ARRIVAL || last.count == null) return null;
        if (!reading.today().equals(last.date)
                || !c.teams().isEmpty() && !c.teams().contains(last.team)) return null;
        return java.util.Objects.equals(
                        last.team,
                        state.teams().isEmpty()
                                ? reading.sender()
                                : state.teams().get(0))
                ? last.count
                : null;
    }

    /** 在山庄吃, 回酒店吃: the meal eaten at the event's own place. */
    private static boolean eatsHere(Clause c) {
        String words = c.span();
        for (String place : new String[] {"山庄", "酒店", "宾馆", "驻地"})
            for (String at : new String[] {"在", "回"})
                if (words.contains(at + place + "吃") || words.contains(at + place + "用餐")) return true;
        return false;
    }

    /** 在餐厅吃, 打包带走: the meal said eaten or packed, not only kept as planned (正常吃, 照常). */
    private static boolean eatsOrPacks(Clause c) {
        String words = c.span();
        if (words.contains("正常") || words.contains("照常") || words.contains("照旧")) return false;
        for (String w : new String[] {"吃", "用餐", "就餐", "打包", "带走"}) if (words.contains(w)) return true;
        return false;
    }

    /** 也吃, 也要吃: the "as planned" of the clause said as "also eat". */
    private static boolean also(Clause c) {
        String words = c.span();
        return words.contains("也吃") || words.contains("也要吃") || words.contains("也都吃") || words.contains("也都要吃");
    }

    /**
     * 今晚有8个人去市里，晚饭不吃: a whole cancellation right after people said with no verb is theirs; so is
     * one that points back at them (有5个运动员6点就出发去赛场 早饭他们不吃了).
     */
    private MealReading withWaitingPeople(Clause c, MealReading meal, ClauseState state) {
        // 河北3个 明早也吃: the people just said, with no meal of their own, eat this meal too.
        // 剩下俩明天下午在山庄休息 晚饭在山庄吃: the people just said eat it at the event's own place.
        // 山西28个 晚饭打包带走, 山西28人 晚上在餐厅吃: a delegation's figure said alone is the meal's eaten or packed next.
        if (meal.asPlanned()
                && meal.count() == null
                && (also(c) || eatsHere(c) || eatsOrPacks(c) && drafts.waiting().figureAlone())) {
            Integer n = drafts.waiting().takePeople(meal.meals(), reading.lexicon(), true);
            return n == null ? meal : new MealReading(meal.meals(), meal.kind(), n, false);
        }
        // 有个教练身体不舒服 全团晚饭都不吃了: the whole delegation said as the subject, not the people before.
        if (meal.kind() == Draft.Kind.MEAL_CANCEL && MealShares.wholeSaid(c)) return meal;
        boolean all = meal.kind() == Draft.Kind.MEAL_COUNT && meal.whole();
        boolean pointed = meal.kind() == Draft.Kind.MEAL_CANCEL && meal.count() == null && MealShares.someOfThem(c);
        if (!pointed && (meal.kind() != Draft.Kind.MEAL_CANCEL && !all || !meal.whole())) return meal;
        Integer size = rules.meals().size(c, state);
        Integer waiting = drafts.waiting().peekPeople();
        Integer n = drafts.waiting().takePeople(meal.meals(), reading.lexicon(), all);
        // 甘肃4人刚到，晚宴都参加: all of the people who just arrived eat the meal.
        if (n == null && all) n = justArrived(c, state);
        // 大巴 28人 早饭不吃 (of 28): the whole delegation said with its figure is the whole cancellation.
        boolean everyone = !all && n != null && n.equals(size);
        wholeWaited = !all && (n == null ? waiting != null && waiting.equals(size) : everyone);
        return n == null || everyone ? meal : new MealReading(meal.meals(), meal.kind(), n, false);
    }
}
