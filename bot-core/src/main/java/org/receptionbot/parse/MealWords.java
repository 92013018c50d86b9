package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/** Where a part of the day is a meal by the words right around it. */
final class MealWords {

    /** A meal word that opens the next statement right after a figure ("早饭三十五中饭三十五"), as a pattern. */
    static final String NEXT_MEAL = "早饭|早餐|中饭|中餐|中午|午饭|午餐|晚饭|晚餐|晚上|宵夜|夜宵";

    private MealWords() {}

    /**
     * "晚上正常", "今天中午37人照常": an "as planned" right after a part of the day (its figure between
     * at most) makes it that meal, whatever else the clause says ("因为有比赛 晚上正常").
     */
    static boolean asPlannedAfter(Clause c, Mention.Part p) {
        int at = c.at(Cue.AS_PLANNED);
        if (at < p.end()) return false;
        int from = p.end();
        for (Mention m : c.mentions) {
            if (m.start() == from && m instanceof Mention.Count) from = m.end();
        }
        while (from < at && c.text.charAt(from) == ' ') from++;
        return from == at;
    }

    /** "…明天的话早上是五十八个": a part of the day, 是, and a figure that ends the statement. */
    static boolean figureAfterIs(Clause c, Mention.Part p) {
        if (p.end() >= c.end
                || c.text.charAt(p.end()) != '是'
                || !c.all(Mention.Clock.class).isEmpty()) return false;
        for (Mention m : c.mentions) {
            if (m.start() != p.end() + 1 || !(m instanceof Mention.Count)) continue;
            for (int i = m.end(); i < c.end; i++) if ("吧啊了呀 ".indexOf(c.text.charAt(i)) < 0) return false;
            return true;
        }
        return false;
    }

    /** Words of a figure taken back and the one meant ("不对 是32", "哦不 应该是", "说错了 更正"). */
    private static final String CORRECTING = "不对错说打写报更正纠应该哦噢喔";

    /**
     * "中午30个 不对 是32", "晚上四十 说错了 四十二", "中午四川48人 不对不对": a part of the day with a
     * figure taken back (and the figure meant after it, or in the next statement), nothing else said,
     * is about the meal.
     */
    static boolean figureCorrected(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.isEmpty() || !c.bareWith(CORRECTING) || Figures.transport(c) != null) return false;
        for (Mention.Count n : counts) if (SelfCorrection.wrong(c, n)) return true;
        return false;
    }

    /**
     * "早饭午饭不在山庄吃了", "晚饭不在九院用餐": 不在, a place of a few characters, then eating: the meal
     * is not eaten where it was planned (the usual places are cue words of their own).
     */
    static boolean eatsElsewhere(Clause c) {
        int at = c.text.indexOf("不在", c.start);
        if (at < 0 || at >= c.end) return false;
        for (int i = at + 3; i < Math.min(c.end, at + 10); i++) {
            char ch = c.text.charAt(i);
            if (" ,，。、".indexOf(ch) >= 0) return false;
            if (ch == '吃' || (ch == '餐' && "用就".indexOf(c.text.charAt(i - 1)) >= 0)) return true;
        }
        return false;
    }

    /**
     * "晚上和宵夜", "中午跟晚饭": a part of the day joined by 和 to a meal word right after it; "晚饭和明早", "晚饭明早都不吃":
     * a part of another meal said right after a meal word, with no clock time of its own.
     */
    static boolean joinedToMeal(Clause c, Mention.Part p, Lexicon lexicon) {
        String own = lexicon.mealOf(p.part());
        if (own == null) return false;
        if (joinedAfterMeal(c, p, own, lexicon)) return true;
        for (Mention.Meals m : c.all(Mention.Meals.class)) {
            // 中午晚饭各少5人: a part of the day right before another meal's word is its meal too (晚上宵夜 is late night).
            if (m.start() == p.end()) return !m.ids().contains(lexicon.mealOf(p.part())) && ofTheDay(m, lexicon);
            if (m.start() != p.end() + 1) continue;
            return "和跟与及、".indexOf(c.text.charAt(p.end())) >= 0;
        }
        return false;
    }

    private static boolean joinedAfterMeal(Clause c, Mention.Part p, String own, Lexicon lexicon) {
        for (Mention.Clock k : c.all(Mention.Clock.class))
            if (k.start() >= p.end() && k.start() <= p.end() + 1) return false;
        for (Mention.Meals m : c.all(Mention.Meals.class)) {
            if (m.ids().contains(own) || !ofTheDay(m, lexicon)) continue;
            int gap = p.start() - m.end();
            // 晚饭跟中午一样: a meal likened to another part of the day names one meal only.
            if (gap == 0 || gap == 1 && "和及、".indexOf(c.text.charAt(m.end())) >= 0)
                return !MealLikening.likenedTo(c, p.start(), p.end());
        }
        return false;
    }

    /** Whether the meal word names only meals of a part of the day (breakfast, lunch, dinner; no late night). */
    private static boolean ofTheDay(Mention.Meals m, Lexicon lexicon) {
        for (String id : m.ids())
            if (!id.equals(lexicon.morningMeal) && !id.equals(lexicon.noonMeal) && !id.equals(lexicon.eveningMeal))
                return false;
        return true;
    }

    /** The meals of the parts of the day a clause names (中午 is lunch), whatever it says. */
    static List<String> ofParts(Clause c, Lexicon lexicon) {
        List<String> ids = new ArrayList<>(2);
        for (Mention.Part p : c.all(Mention.Part.class)) {
            String id = lexicon.mealOf(p.part());
            if (id != null && !ids.contains(id)) ids.add(id);
        }
        return ids;
    }
}
