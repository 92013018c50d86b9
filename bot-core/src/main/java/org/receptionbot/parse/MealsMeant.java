package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/** Which meals a clause is about: the meals it names, or the parts of the day it names when it is about eating. */
final class MealsMeant {

    /** Words that keep a clause with a part of the day and a figure about a meal ("中午来35个人 晚上来30个"). */
    private static final String COMING = "来要就这边吃";

    private final Reading reading;

    MealsMeant(Reading reading) {
        this.reading = reading;
    }

    /** The meals a clause names: by their words, or by 中午/晚上/明早 when the clause is about eating. */
    List<String> of(Clause c) {
        // 原来说今天午饭晚饭都不吃 现在晚上回来吃 48人: the new plan names its own meals; the old plan's are no statement.
        Clause plan = MealChanges.newPlan(c);
        if (plan != c) {
            List<String> now = of(plan);
            if (!now.isEmpty()) return now;
        }
        List<String> ids = new ArrayList<>(3);
        for (Mention.Meals m : c.all(Mention.Meals.class)) {
            if (header(c, m) || MealLikening.likenedTo(c, m.start(), m.end()) || afterIt(c, m) || scene(c, m)) continue;
            for (String id : m.ids()) if (!ids.contains(id)) ids.add(id);
        }
        // 晚上和宵夜都按44个人: a part of the day joined to a meal word is that meal too.
        for (Mention.Part p : c.all(Mention.Part.class))
            if (MealWords.joinedToMeal(c, p, reading.lexicon()))
                ids.add(reading.lexicon().mealOf(p.part()));
        if (!ids.isEmpty()) return reading.lexicon().inServingOrder(ids);
        // 湖南5人明早去北海: the morning the route goes, no breakfast.
        if (VisitDayPart.said(c)) return ids;
        Mention.Part coming = ComingToEat.meal(c);
        String comingTo = coming == null ? null : reading.lexicon().mealOf(coming.part());
        if (comingTo != null) return List.of(comingTo);
        if (c.has(Cue.DEPART) || c.has(Cue.ARRIVE)) {
            ids.addAll(MealEating.partsCancelled(c, reading.lexicon()));
            if (ids.isEmpty()) ids.addAll(LeaversMeal.partSkipped(c, reading.lexicon()));
            if (c.has(Cue.DEPART)) ids.addAll(MealEating.eatenBeforeLeaving(c, reading.lexicon()));
            return ids;
        }
        List<Mention.Part> parts = c.all(Mention.Part.class);
        // Only a part of the day needs the clause to be about eating: most clauses name none.
        boolean aboutEating = !parts.isEmpty() && aboutEating(c);
        for (Mention.Part p : parts) {
            if (MealLikening.likenedTo(c, p.start(), p.end()) || ofClock(c, p) || rescheduledTo(c, p)) continue;
            if (!aboutEating && !MealWords.asPlannedAfter(c, p) && !MealWords.figureAfterIs(c, p)) continue;
            String id = reading.lexicon().mealOf(p.part());
            if (id != null && !ids.contains(id)) ids.add(id);
        }
        return reading.lexicon().inServingOrder(ids);
    }

    /**
     * "20人上午10点", "30人下午1点半": a part of the day said right before a clock hour is that hour's half of the day
     * (a time people leave or come at), no meal, when nothing in the clause speaks of eating ("早上7点 30人吃饭" does).
     */
    private static boolean ofClock(Clause c, Mention.Part p) {
        if (c.has(Cue.EAT) || c.has(Cue.CANCEL) || c.has(Cue.FEWER) || c.has(Cue.ADD) || c.has(Cue.AS_PLANNED))
            return false;
        for (Mention.Clock k : c.all(Mention.Clock.class)) {
            int at = p.end();
            while (at < k.start() && c.text.charAt(at) == ' ') at++;
            if (at == k.start()) return true;
        }
        return false;
    }

    /** Words that move a plan to another time, right before the day and part it moves to. */
    private static final String[] MOVED_TO = {"改签到", "改到", "推迟到", "推到", "延迟到", "延到", "改成", "换到", "挪到"};

    /**
     * "有6个教练员改到明天上午才来", "那4个改签到明天早上了": a part of the day a plan is moved to (after 改到, 改签到, 推迟到, a
     * day between) is when the people move, no meal, when nothing in the clause speaks of eating or of more or fewer
     * diners ("改成明天早上加两个人" moves a meal).
     */
    private static boolean rescheduledTo(Clause c, Mention.Part p) {
        if (c.has(Cue.EAT) || c.has(Cue.CANCEL) || c.has(Cue.FEWER) || c.has(Cue.ADD) || c.has(Cue.AS_PLANNED))
            return false;
        int at = p.start();
        for (Mention.Day d : c.all(Mention.Day.class)) if (d.end() == at) at = d.start();
        while (at > c.start && c.text.charAt(at - 1) == ' ') at--;
        for (String w : MOVED_TO) if (at - w.length() >= c.start && c.text.startsWith(w, at - w.length())) return true;
        return false;
    }

    /** Whether the clause is about eating: a meal verb, a bare figure, a figure of people coming, a corrected figure. */
    private static boolean aboutEating(Clause c) {
        return c.has(Cue.EAT)
                || c.has(Cue.CANCEL)
                || c.has(Cue.FEWER)
                || c.has(Cue.ADD)
                || (Figures.count(c, -1, false) != null && c.bare() && Figures.transport(c) == null)
                || !c.all(Mention.Vague.class).isEmpty() && c.has(Cue.EAT)
                || Figures.people(c) != null && c.bareWith(COMING) && Figures.transport(c) == null && !notComing(c)
                || c.has(Cue.AS_PLANNED) && c.bareBesides(Cue.AS_PLANNED)
                || MealWords.figureCorrected(c)
                // 宁夏明早31人清真, 中午40个 有两个素食 麻烦单独做一下: the diners, with what the kitchen should do for them.
                || KitchenAsks.partFigureForKitchen(c)
                // 晚上只剩1个在山庄: the few staying at the event's own place eat there.
                || StayingAtVenue.said(c)
                // 晚上剩下的是4个: the rest, counted and said with nothing else, are who eat.
                || restCounted(c)
                || c.has(Cue.CHANGE)
                        && Figures.count(c, -1, false) != null
                        && c.all(Mention.Clock.class).isEmpty();
    }

    /** "晚上剩下的是4个", "晚上剩下4个": a figure of the rest, with nothing but filler besides, names no movement. */
    static boolean restCounted(Clause c) {
        return c.bareBesides(Cue.REST)
                && partBefore(c, c.at(Cue.REST))
                && c.all(Mention.Day.class).isEmpty()
                && Figures.people(c) != null
                && Figures.transport(c) == null
                && c.all(Mention.Clock.class).isEmpty();
    }

    /** A part of the day or a meal said before {@code at} (晚上剩下…, not 剩下27个后天中午). */
    private static boolean partBefore(Clause c, int at) {
        for (Mention m : c.mentions)
            if (m.end() <= at && (m instanceof Mention.Part || m instanceof Mention.Meals)) return true;
        return false;
    }

    /** "早上有2个没起来", "有3个起不来": the people said are the ones who do not come, no diners. */
    private static boolean notComing(Clause c) {
        for (Mention.Count m : c.all(Mention.Count.class)) {
            int i = m.end();
            while (i < c.end && "个人位名都还 ".indexOf(c.text.charAt(i)) >= 0) i++;
            if (i < c.end && "没不".indexOf(c.text.charAt(i)) >= 0 || c.text.startsWith("起不来", i)) return true;
        }
        return false;
    }

    /**
     * "晚饭后出去训练 10点左右回 要宵夜30份": a meal followed by 后 (以后, 之后, 过后) is when something else happens; with
     * another meal named after it in the clause, the figure is that other meal's.
     */
    private static boolean afterIt(Clause c, Mention.Meals m) {
        boolean after = false;
        for (String w : AFTER) after |= c.text.startsWith(w, m.end());
        if (!after) return false;
        for (Mention.Meals o : c.all(Mention.Meals.class))
            if (o.start() > m.end() && !o.ids().equals(m.ids())) return true;
        return false;
    }

    private static final String[] AFTER = {"后", "以后", "之后", "过后"};

    /**
     * "晚宴上又有一个想从北海改柳州", "晚宴期间大家少刷屏": a meal followed by 上 or 期间 is where or when something else
     * happened, no statement about the meal (晚饭上报, 早饭上面报过了 are; 明天早餐上海26人: a delegation named from
     * the 上 on is whose meal it is).
     */
    private static boolean scene(Clause c, Mention.Meals m) {
        if (c.text.startsWith("期间", m.end())) return true;
        if (!c.text.startsWith("上", m.end())) return false;
        for (String w : NOT_SCENE) if (c.text.startsWith(w, m.end())) return false;
        for (Mention.Team t : c.all(Mention.Team.class)) if (t.start() == m.end()) return false;
        return true;
    }

    private static final String[] NOT_SCENE = {"上面", "上报", "上午", "上不", "上了", "上班", "上车"};

    /**
     * "明天三餐：早饭50 中饭45 晚饭50": meals before a colon with a meal named after it head a list;
     * the meals after the colon are the ones the figures are for.
     */
    private static boolean header(Clause c, Mention.Meals m) {
        int i = m.end();
        while (i < c.end && c.text.charAt(i) == ' ') i++;
        if (i >= c.end || c.text.charAt(i) != ':') return false;
        for (Mention o : c.mentions)
            if (o.start() > i && (o instanceof Mention.Meals || o instanceof Mention.Part)) return true;
        return false;
    }
}
