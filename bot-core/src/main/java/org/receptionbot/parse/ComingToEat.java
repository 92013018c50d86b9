package org.receptionbot.parse;

/**
 * "吉林的报一下 中午40人全到", "江西中午27都到": a part of the day that names a meal (中午, 晚上, 早上),
 * then people and 全到/都到 with nothing after, no clock time and no train: everyone comes to that meal,
 * a meal's figure, no arrival.
 */
final class ComingToEat {
    private static final String[] MEAL_PARTS = {"中午", "晚上", "今晚", "明晚", "早上", "今早", "明早"};

    /** What may stand between 全到 and its figure: spaces, punctuation, 吃饭. */
    private static final String AFTER = " ，,：:了吃饭";
    /** What may end the clause after the figure. */
    private static final String TAIL = " 人个位吧哈啊。.！!";

    private ComingToEat() {}

    static boolean test(Clause c) {
        return meal(c) != null;
    }

    /** The part of the day that names the meal everyone comes to (or is there for: {@link AllThereAtMeal}), or null. */
    static Mention.Part meal(Clause c) {
        Mention.Part coming = comingTo(c);
        return coming != null ? coming : AllThereAtMeal.meal(c);
    }

    private static Mention.Part comingTo(Clause c) {
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return null;
        int arrive = c.at(Cue.ARRIVE);
        if (arrive < 1 || c.text.charAt(arrive) != '到') return null;
        char all = c.text.charAt(arrive - 1);
        if (all != '全' && all != '都') return null;
        Mention.Count people = figureAfter(c, arrive + 1);
        if (people == null) {
            // Nothing after 到 but an end mark: 全到了 / 全到酒店 report people who came.
            for (int i = arrive + 1; i < c.end; i++)
                if (Character.isLetterOrDigit(c.text.charAt(i))) return everyone(c, arrive);
            // 中午也在九院 28 全到: a space may stand between the figure and 全到.
            int figureEnd = arrive - 1;
            while (figureEnd > c.start && c.text.charAt(figureEnd - 1) == ' ') figureEnd--;
            for (Mention.Count n : c.all(Mention.Count.class)) if (n.end() == figureEnd) people = n;
        }
        if (people == null) return everyone(c, arrive);
        Mention.Part meal = null;
        for (Mention.Part p : c.all(Mention.Part.class)) {
            if (p.end() > people.start() || p.end() > arrive) continue;
            String word = c.text.substring(p.start(), p.end());
            for (String w : MEAL_PARTS) if (w.equals(word)) meal = p;
        }
        return meal;
    }

    /**
     * "四川中午四十五个，晚上全到😊", "中午全到 晚上再报": with another meal said in the message, a meal's part of the day right
     * before 全到/都到, no figure and nothing after but marks: all of them come to that meal, as planned.
     */
    private static Mention.Part everyone(Clause c, int arrive) {
        int all = c.text.charAt(arrive - 1) == '都' && arrive >= 2 && c.text.charAt(arrive - 2) == '全'
                ? arrive - 2
                : arrive - 1;
        return everyone(c, all, arrive + 1);
    }

    /**
     * The meal's part of the day right before the words of everyone there at {@code all} (past 也/就/还), the clause
     * ending at {@code after} but for marks, no figure and another meal said in the message; or null.
     */
    static Mention.Part everyone(Clause c, int all, int after) {
        if (!c.all(Mention.Count.class).isEmpty() || !mealBefore(c)) return null;
        for (int i = after; i < c.end; i++) {
            char ch = c.text.charAt(i);
            if (END.indexOf(ch) < 0 && Character.isLetterOrDigit(ch)) return null;
        }
        for (Mention.Part p : c.all(Mention.Part.class)) {
            int gap = p.end() < all && BETWEEN.indexOf(c.text.charAt(p.end())) >= 0 ? p.end() + 1 : p.end();
            if (gap != all) continue;
            String word = c.text.substring(p.start(), p.end());
            for (String w : MEAL_PARTS) if (w.equals(word)) return p;
        }
        return null;
    }

    /**
     * Whether the message names a meal or a meal's part of the day before the clause, or another one after it
     * ("中午全到 晚上估计少几个 下午再报": the meals are what the message reports).
     */
    private static boolean mealBefore(Clause c) {
        String before = c.text.substring(0, c.start);
        for (String w : MEALS_SAID) if (before.contains(w)) return true;
        String after = c.text.substring(c.end);
        String own = c.text.substring(c.start, c.end);
        for (String w : MEALS_SAID) if (after.contains(w) && !own.contains(w)) return true;
        return false;
    }

    private static final String[] MEALS_SAID = {
        "早饭", "早餐", "午饭", "午餐", "中饭", "中餐", "晚饭", "晚餐", "中午", "晚上", "早上", "今晚", "明早"
    };
    /** What may stand between the part of the day and 全到: 晚上也全到, 晚上就都到. */
    private static final String BETWEEN = "也就还";
    /** What may end a figureless 全到 besides marks: 晚上全到哈 (全到了 is people who came). */
    private static final String END = "哈啊吧呀啦";

    /** "晚上全到 28", "今晚全到吃饭 50个": the figure right after 全到 (past 吃饭), ending the clause. */
    private static Mention.Count figureAfter(Clause c, int from) {
        int i = from;
        while (i < c.end && AFTER.indexOf(c.text.charAt(i)) >= 0) i++;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() != i) continue;
            for (int j = n.end(); j < c.end; j++) if (TAIL.indexOf(c.text.charAt(j)) < 0) return null;
            return n;
        }
        return null;
    }
}
