package org.receptionbot.parse;

import java.util.List;

/**
 * Meals said around a space, for {@link SpaceBreaks} and the steps that end a meal's statement at one: a meal (or a
 * part of the day that names one) with its figure or estimate said last before the space, a meal said after it.
 */
final class MealsAroundSpace {
    private MealsAroundSpace() {}

    /** A meal (or a part of the day that names one) with its figure said last before the space at {@code at}. */
    static boolean mealFigureLast(String text, int from, int at, List<Mention> mentions) {
        return mealFigureLast(text, from, at, mentions, null);
    }

    /**
     * As {@link #mealFigureLast(String, int, int, List)}, the figure maybe followed by characters of {@code tail}
     * and emoji ("22个人吃哈😂"); {@code null}: by spaces only.
     */
    static boolean mealFigureLast(String text, int from, int at, List<Mention> mentions, String tail) {
        return mealSaidLast(text, from, at, mentions, tail, Mention.Count.class);
    }

    /** A meal (or a part of the day) with an estimate said last before the space at {@code at}: "中午二十来个 ". */
    static boolean mealEstimateLast(String text, int from, int at, List<Mention> mentions) {
        return mealSaidLast(text, from, at, mentions, "吧", Mention.Vague.class);
    }

    private static boolean mealSaidLast(
            String text, int from, int at, List<Mention> mentions, String tail, Class<? extends Mention> kind) {
        boolean meal = false;
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > at) continue;
            meal |= m instanceof Mention.Meals || m instanceof Mention.Part;
            last = m;
        }
        if (!meal || !kind.isInstance(last)) return false;
        for (int i = last.end(); i < at; i++) {
            char c = text.charAt(i);
            if (c != ' ' && (tail == null || tail.indexOf(c) < 0 && !Character.isSurrogate(c))) return false;
        }
        return true;
    }

    /** A meal or a part of the day said in the words from {@code at} to the next separator. */
    static boolean mealWithin(String text, int at, List<Mention> mentions) {
        int end = at;
        while (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) end++;
        for (Mention m : mentions)
            if (m.start() >= at && m.end() <= end && (m instanceof Mention.Meals || m instanceof Mention.Part))
                return true;
        return false;
    }

    /** A meal named right at {@code at}. */
    static boolean mealAt(int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() == at && m instanceof Mention.Meals) return true;
        return false;
    }
}
