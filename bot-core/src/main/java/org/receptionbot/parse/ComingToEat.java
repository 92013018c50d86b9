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

    /** The part of the day that names the meal everyone comes to, or null. */
    static Mention.Part meal(Clause c) {
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return null;
        int arrive = c.at(Cue.ARRIVE);
        if (arrive < 1 || c.text.charAt(arrive) != '到') return null;
        char all = c.text.charAt(arrive - 1);
        if (all != '全' && all != '都') return null;
        Mention.Count people = figureAfter(c, arrive + 1);
        if (people == null) {
            // Nothing after 到 but an end mark: 全到了 / 全到酒店 report people who came.
            for (int i = arrive + 1; i < c.end; i++) if (Character.isLetterOrDigit(c.text.charAt(i))) return null;
            for (Mention.Count n : c.all(Mention.Count.class)) if (n.end() == arrive - 1) people = n;
        }
        if (people == null) return null;
        Mention.Part meal = null;
        for (Mention.Part p : c.all(Mention.Part.class)) {
            if (p.end() > people.start() || p.end() > arrive) continue;
            String word = c.text.substring(p.start(), p.end());
            for (String w : MEAL_PARTS) if (w.equals(word)) meal = p;
        }
        return meal;
    }

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
