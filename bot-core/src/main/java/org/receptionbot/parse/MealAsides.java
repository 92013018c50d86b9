package org.receptionbot.parse;

import java.util.List;

/**
 * What may follow a meal's figure, after a space, as words apart that do not belong to its report: a guess when the
 * people come back ("宵夜30人 决赛打完估计十点多回来"), an aside to the end of the line (晚上48 😂 就是这么简单), a diet asked
 * for (晚饭打包47份 全部要清真的), people who cannot be back with their meal boxed (中午48人 彩排回不来 麻烦做成盒饭送到体育场);
 * and, once split off, whether an aside is to be quoted back as unread ({@link #asideAfter}).
 */
final class MealAsides {
    private MealAsides() {}

    /**
     * Whether the words in {@code [from, to)}, after a space that follows a meal's figure, are a remark, an aside, a
     * diet asked for or people away for boxed meals: a statement apart from the meal's report.
     */
    static boolean apart(String text, int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        return remarkOnly(from, to, mentions, hits)
                || asideToLineEnd(text, from, mentions, hits)
                || dietAsked(text, from, to, mentions, hits)
                || awayForBoxes(text, from, to, mentions)
                || whoIsShort(text, from);
    }

    /** Words that point back at the people a figure leaves out (少的那个, 缺的两位, 没报的是). */
    private static final String[] SHORT_ONES = {"少的", "少了的", "缺的", "没报的", "不吃的"};

    /**
     * "(山东午饭报8个) 少的那个是李处": who the people left out of the figure are, pointed back at, is a remark apart;
     * the figure before stays the meal's count.
     */
    private static boolean whoIsShort(String text, int from) {
        for (String w : SHORT_ONES)
            if (text.startsWith(w, from)) {
                int at = from + w.length();
                return text.startsWith("那", at)
                        || text.startsWith("是", at)
                        || text.startsWith("就是", at)
                        || at < text.length() && "一两俩仨二三四五六七八九123456789".indexOf(text.charAt(at)) >= 0;
            }
        return false;
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
        // 晚上也30 对的没错, 中午29 今天最后一天了大家辛苦: words that only confirm, or a courtesy that names no meal nor figure.
        if (ChatWords.confirm(aside) || ChatWords.courtesy(aside) && namesNoFigure(from, end, mentions)) return true;
        // 可以不, 行吗, 不是: a question or a denial is about the figure.
        if (InertPart.askedEitherWay(aside) || aside.indexOf('不') >= 0 || aside.indexOf('没') >= 0) return false;
        for (String asked : new String[] {"?", "？", "吗"}) if (aside.contains(asked)) return false;
        String last = aside.strip();
        if (last.endsWith("么") || last.endsWith("呢")) return false;
        for (Mention m : mentions) if (m.end() > from && m.start() < end) return false;
        for (CueTable.Hit h : hits) if (h.end() > from && h.start() < end && h.cue() != Cue.TALK) return false;
        return true;
    }

    /** No mention but a day or a part of the day in {@code [from, to)}. */
    private static boolean namesNoFigure(int from, int to, List<Mention> mentions) {
        for (Mention m : mentions)
            if (m.end() > from && m.start() < to && !(m instanceof Mention.Day || m instanceof Mention.Part))
                return false;
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
        if (c.cues.hasAnyBut(Cue.TALK)) return false;
        // 中午6人 谢谢, 广东中午32个 定了, 这几天大家辛苦了: words that only thank or confirm leave nothing unread.
        if (ChatWords.only(c.span()) || ChatWords.courtesy(c.span()) || BetterNow.said(c.span())) return false;
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
}
