package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * "兵团晚饭同中午", "晚上照中午的", "早饭同昨天晚上" is not this: a meal likened to another meal of the same day by a
 * word of likeness right before the other meal, with nothing after it, for {@link SameMeal}. The meal takes the
 * other's figure when the message reports it; otherwise its figure is asked.
 */
final class MealAsMeal {
    /** Words that make the meal after them the one likened to. */
    private static final String LIKE = "同照按";
    /** Words that may end the likening (同中午的, 按中午的来). */
    private static final String[] ENDS = {"的来", "的", "来"};

    private MealAsMeal() {}

    /** {@code meal} is said to be as {@code to}; the likening ends at {@code end}. */
    record Likened(Mention.Meals meal, Mention.Meals to, int end) {}

    /** Each meal likened to another of the same day, in text order. */
    static List<Likened> find(String text, List<Mention> mentions, Function<Mention, Mention.Meals> meals) {
        List<Likened> found = new ArrayList<>();
        Mention.Meals before = null;
        for (Mention x : mentions) {
            if (x instanceof Mention.Day || x instanceof Mention.Count) before = null;
            Mention.Meals ms = meals.apply(x);
            if (ms == null) continue;
            boolean likened = before != null
                    && ms.start() == before.end() + 1
                    && LIKE.indexOf(text.charAt(before.end())) >= 0
                    && !ms.ids().equals(before.ids());
            int end = likened ? endAfter(text, ms.end()) : -1;
            if (end >= 0) found.add(new Likened(before, ms, end));
            before = ms;
        }
        return found;
    }

    /** Where the likening ends: at the end of its statement after the meal (maybe past 的), or -1. */
    private static int endAfter(String text, int at) {
        for (String w : ENDS)
            if (text.startsWith(w, at)) {
                at += w.length();
                break;
            }
        return at == text.length() || Clause.SEPARATORS.indexOf(text.charAt(at)) >= 0 ? at : -1;
    }

    /** The delegation the text names first, else the sender's (null for neither). */
    static String team(List<Mention> mentions, String sender) {
        for (Mention m : mentions) if (m instanceof Mention.Team t) return t.id();
        return sender;
    }
}
