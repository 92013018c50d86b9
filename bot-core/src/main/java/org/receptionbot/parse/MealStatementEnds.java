package org.receptionbot.parse;

import java.util.List;

/**
 * Whether a space ends a meal's statement that is complete before it, when the words after it say something of
 * their own: when the people come back, guessed ("宵夜30人 决赛打完估计十点多回来"); another meal said a few words on
 * ("晚上52 全部 看完闭幕式回来还要宵夜 四十个", "晚上全员吃 决赛完了估计要宵夜"); another day, a clock time or people
 * leaving after a meal cancelled or kept ("宵夜不要 明天全团早上8点40走", "明天早饭照常 9点退房",
 * "明天中午不吃了 三十个人改成上午10点D5612走"); an aside to the end of the line (晚上48 😂 就是这么简单); a diet asked for (晚饭打包47份 全部要清真的); people who cannot be back with their meal boxed (中午48人 彩排回不来
 * 麻烦做成盒饭送到体育场). Read as one, the
 * guess, the other meal or the day would be the first meal's, and the aside would leave the meal unread.
 */
final class MealStatementEnds {
    /** What may follow a meal's figure and still end its report (52 全部, 30个都). */
    private static final String ALL = "全部都";
    /** What may follow a meal for it to be eaten as planned (晚上全员吃, 中午照常吃). */
    private static final String AS_PLANNED = "全员部体都照常正常吃饭用餐就还是";
    /** What may follow the word that ends a meal's statement (不吃了, 照常哈). */
    private static final String PARTICLES = "了啦哈的吧呢";

    private MealStatementEnds() {}

    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int end = stretchEnd(text, at + 1);
        boolean figure = SpaceOpenings.mealFigureLast(text, from, at, mentions, ALL);
        if (figure && remarkOnly(at + 1, end, mentions, hits)) return true;
        if (figure && asideToLineEnd(text, at + 1, mentions, hits)) return true;
        if (figure && dietAsked(text, at + 1, end, mentions, hits)) return true;
        if (figure && awayForBoxes(text, at + 1, end, mentions)) return true;
        Mention.Meals last = lastMeal(from, at, mentions);
        if ((figure || asPlannedLast(text, from, at, mentions)) && otherMealAhead(at + 1, end, mentions, last))
            return true;
        // 早饭打包带走 44人 坐大巴去机场: a meal packed, with its figure, is complete; the trip after it is the leaving's.
        if (packedLast(text, from, at, mentions) && tripAhead(text, at + 1, end, mentions, hits)) return true;
        Cue done = mealDoneAt(text, from, at, mentions, hits);
        return done != null && nextOpens(at + 1, end, mentions, hits, done == Cue.AS_PLANNED);
    }

    /**
     * "决赛打完估计十点多回来": a guess that names no meal, figure or delegation, with no word of a change: when they
     * come back, not how many eat.
     */
    private static boolean remarkOnly(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (Mention m : mentions)
            if (m.start() >= from && m.end() <= to && !(m instanceof Mention.Clock)) return false;
        boolean guess = false;
        for (CueTable.Hit h : hits) {
            if (h.start() < from || h.end() > to) continue;
            if (CHANGES.contains(h.cue())) return false;
            guess |= h.cue() == Cue.UNSURE;
        }
        return guess;
    }

    /**
     * "(川 中午48 晚上48) 😂 就是这么简单": the rest of the line is an aside, an emoji or words with no mention and no cue
     * word but thanks, that neither asks nor denies anything.
     */
    private static boolean asideToLineEnd(String text, int from, List<Mention> mentions, List<CueTable.Hit> hits) {
        int end = text.indexOf('\n', from);
        if (end < 0) end = text.length();
        if (end <= from || text.substring(from, end).isBlank()) return false;
        String aside = text.substring(from, end);
        // 可以不, 行吗, 不是: a question or a denial is about the figure.
        if (InertPart.askedEitherWay(aside) || aside.indexOf('不') >= 0 || aside.indexOf('没') >= 0) return false;
        for (String asked : new String[] {"?", "？", "吗"}) if (aside.contains(asked)) return false;
        String last = aside.strip();
        if (last.endsWith("么") || last.endsWith("呢")) return false;
        for (Mention m : mentions) if (m.end() > from && m.start() < end) return false;
        for (CueTable.Hit h : hits) if (h.end() > from && h.start() < end && h.cue() != Cue.TALK) return false;
        return true;
    }

    /**
     * Whether {@code c}, one of the message's {@code clauses}, is an aside split off at the end of its line after a
     * meal's figure ({@link #asideToLineEnd}) that says something in words (an emoji or a particle alone, 吧, 哈, says
     * nothing to read). A route's figure with its reason (北海本来3个现在变4个因为处里小王也想去) or a leaving's
     * figure is no meal's: what follows it is no aside.
     */
    static boolean asideAfter(Clause c, List<Clause> clauses) {
        int end = c.text.indexOf('\n', c.start);
        if ((end < 0 ? c.text.length() : end) != c.end || !c.mentions.isEmpty() || c.question) return false;
        if (c.hasAnyBut(Cue.TALK)) return false;
        int before = c.start - 1;
        while (before >= 0 && c.text.charAt(before) == ' ') before--;
        if (before < 0 || c.text.charAt(before) == '\n') return false;
        char last = c.text.charAt(before);
        boolean afterFigure = Character.isDigit(last) || "个人份位名".indexOf(last) >= 0 || Character.isSurrogate(last);
        boolean words = false;
        for (int i = c.start; i < c.end; i++)
            words |= Normalizer.isHan(c.text.charAt(i)) && "吧哈啊呀嘛哦噢了的呢啦嘿".indexOf(c.text.charAt(i)) < 0;
        return afterFigure && words && mealFigureBefore(c, clauses);
    }

    /** Mentions that make a statement more than a meal's figure: a time, a transport, a route, a vehicle. */
    private static final List<Class<? extends Mention>> NOT_MEAL =
            List.of(Mention.Clock.class, Mention.Transport.class, Mention.Route.class, Mention.Vehicle.class);

    /**
     * Whether the clause before {@code c} gives a meal's figure: a figure, and the meal (or its part of the day) in the
     * same clause ("贵州中午45人", "今晚还要加3个人吃饭😂") or, the figure alone, in the clause before it ("山西的晚饭 5个").
     */
    private static boolean mealFigureBefore(Clause c, List<Clause> clauses) {
        int i = clauses.indexOf(c);
        if (i < 1) return false;
        Clause figure = clauses.get(i - 1);
        if (figure.all(Mention.Count.class).isEmpty() || !onlyMeal(figure)) return false;
        if (named(figure)) return true;
        if (i < 2 || figure.mentions.size() != 1) return false;
        Clause meal = clauses.get(i - 2);
        return onlyMeal(meal)
                && named(meal)
                && meal.text.substring(meal.end, figure.start).indexOf('\n') < 0;
    }

    private static boolean named(Clause c) {
        return !c.all(Mention.Meals.class).isEmpty()
                || !c.all(Mention.Part.class).isEmpty();
    }

    private static boolean onlyMeal(Clause c) {
        for (Class<? extends Mention> kind : NOT_MEAL) if (!c.all(kind).isEmpty()) return false;
        return true;
    }

    /**
     * "(晚饭打包47份) 全部要清真的", "都要清真餐": a diet asked for (要 before it) with no figure, meal or delegation of its
     * own is a request apart; the figure before stays the meal's count.
     */
    private static boolean dietAsked(String text, int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (Mention m : mentions) if (m.start() >= from && m.end() <= to) return false;
        for (CueTable.Hit h : hits) {
            if (h.start() < from || h.end() > to || h.cue() != Cue.MEAL_PROBLEM) continue;
            int wants = text.indexOf('要', from);
            return wants >= 0 && wants < h.start();
        }
        return false;
    }

    /** Words that the people cannot be back for the meal. */
    private static final String[] NOT_BACK = {"回不来", "赶不回来", "回不来了", "赶不回来了", "来不及回来"};
    /** Words of the meal boxed or packed and brought to them. */
    private static final String[] BOXED = {"盒饭", "打包"};

    /**
     * "(四川中午48人) 彩排回不来 (麻烦做成盒饭送到体育场)": why the people cannot be back, with the meal asked boxed or
     * packed later in the message, is a remark apart: the figure is the meal's count, brought to them.
     */
    private static boolean awayForBoxes(String text, int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() >= from && m.end() <= to) return false;
        String word = text.substring(from, to);
        boolean away = false;
        for (String w : NOT_BACK) away |= word.endsWith(w);
        if (!away) return false;
        String after = text.substring(to);
        for (String w : BOXED) if (after.contains(w)) return true;
        return false;
    }

    private static final java.util.Set<Cue> CHANGES =
            java.util.EnumSet.of(Cue.ADD, Cue.FEWER, Cue.CANCEL, Cue.CORRECTION, Cue.EAT, Cue.AS_PLANNED);

    /** "(晚上52 全部) 看完闭幕式回来还要宵夜": another meal ahead, before any figure, delegation, day or part of the day. */
    private static boolean otherMealAhead(int from, int to, List<Mention> mentions, Mention.Meals last) {
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > to) continue;
            if (m instanceof Mention.Meals meals)
                return last == null || !meals.ids().equals(last.ids());
            if (!(m instanceof Mention.Clock)) return false;
        }
        return false;
    }

    /** "晚上全员吃": a meal (or its part of the day) last, then only words of eating as planned. */
    private static boolean asPlannedLast(String text, int from, int at, List<Mention> mentions) {
        Mention last = null;
        for (Mention m : mentions) if (m.start() >= from && m.end() <= at) last = m;
        if (!(last instanceof Mention.Meals || last instanceof Mention.Part) || last.end() == at) return false;
        for (int i = last.end(); i < at; i++) if (AS_PLANNED.indexOf(text.charAt(i)) < 0) return false;
        return text.substring(last.end(), at).indexOf('吃') >= 0;
    }

    /**
     * "宵夜不要", "明天早饭照常", "明天中午不吃了": a meal, and a word of cancelling or keeping it that ends the
     * statement; that word's cue ({@link Cue#CANCEL} or {@link Cue#AS_PLANNED}), else null.
     */
    private static Cue mealDoneAt(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean meal = false;
        for (Mention m : mentions)
            if (m.start() >= from && m.end() <= at) meal |= m instanceof Mention.Meals || m instanceof Mention.Part;
        if (!meal) return null;
        for (CueTable.Hit h : hits) {
            if (h.start() < from || h.end() > at || h.cue() != Cue.CANCEL && h.cue() != Cue.AS_PLANNED) continue;
            int i = h.end();
            while (i < at && PARTICLES.indexOf(text.charAt(i)) >= 0) i++;
            if (i == at) return h.cue();
        }
        return null;
    }

    /**
     * Another day right after the space, or people leaving or coming with their figure; after a meal kept, a clock
     * time too ("早饭照常 9点退房"; "中午不吃了 十一点走" is why the meal is missed, one statement).
     */
    private static boolean nextOpens(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits, boolean kept) {
        Mention first = null;
        for (Mention m : mentions)
            if (m.start() >= from) {
                first = m;
                break;
            }
        if (first == null || first.start() != from || first.end() > to) return false;
        if (first instanceof Mention.Day || kept && first instanceof Mention.Clock) return true;
        if (!(first instanceof Mention.Count n) || !n.unit()) return false;
        for (CueTable.Hit h : hits)
            if (h.start() >= from && h.end() <= to && (h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE)) return true;
        return false;
    }

    /** Words that pack a meal or take it along, after the meal (早饭打包带走, 早餐打包带着). */
    private static final String[] PACKING = {"打包", "打个包", "带走"};
    /** How a trip is made, opening the words after a space (坐大巴去机场, 乘高铁回合肥). */
    private static final String TRAVEL = "坐乘搭";

    /** "早饭打包带走", "早饭打包带走 44人": a meal, then a word packing it, then at most its figure before the space. */
    private static boolean packedLast(String text, int from, int at, List<Mention> mentions) {
        Mention.Meals meal = lastMeal(from, at, mentions);
        if (meal == null) return false;
        for (Mention m : mentions)
            if (m.start() >= meal.end() && m.end() <= at && !(m instanceof Mention.Count)) return false;
        String after = text.substring(meal.end(), at);
        for (String w : PACKING) if (after.contains(w)) return true;
        return false;
    }

    /**
     * "坐大巴去机场", "大巴送机场", "乘高铁回合肥": the words after the space say how or where the team leaves, with no meal,
     * figure or day of their own.
     */
    private static boolean tripAhead(String text, int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (Mention m : mentions)
            if (m.start() >= from
                    && m.end() <= to
                    && (m instanceof Mention.Meals || m instanceof Mention.Count || m instanceof Mention.Day))
                return false;
        if (from < to && TRAVEL.indexOf(text.charAt(from)) >= 0) return true;
        for (CueTable.Hit h : hits) if (h.start() >= from && h.end() <= to && h.cue() == Cue.DEPART) return true;
        return false;
    }

    private static Mention.Meals lastMeal(int from, int at, List<Mention> mentions) {
        Mention.Meals last = null;
        for (Mention m : mentions) if (m.start() >= from && m.end() <= at && m instanceof Mention.Meals ms) last = ms;
        return last;
    }

    /** Where the words after a space end: at the next separator. */
    private static int stretchEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Clause.SEPARATORS.indexOf(text.charAt(i)) < 0) i++;
        return i;
    }
}
