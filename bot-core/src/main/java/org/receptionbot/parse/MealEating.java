package org.receptionbot.parse;

import java.util.List;

/**
 * Whether a meal is eaten, by the words right after its word: as planned (早饭吃), before leaving (宁夏明早31 吃完就走),
 * or not (水协中午不吃了, 晚饭不吃了直接走).
 */
final class MealEating {

    private MealEating() {}

    /** 吃完再走, 吃了饭再出发, 吃完午饭走, 吃完饭下午走: eating first, then leaving. */
    private static final java.util.regex.Pattern THEN_LEAVES =
            java.util.regex.Pattern.compile("吃(?:完|了|好|过)(?:饭|早饭|午饭|中饭|晚饭|早餐|午餐|晚餐|中午饭)?(?:以后|之后|后)?(?:再|就|直接|然后)?"
                    + "(?:上午|中午|下午|晚上)?(?:再|就)?(?:走|出发|离开|动身)");

    /**
     * "中午吃完再走", "早上吃了饭再出发": the clause's part of the day, or its meal, is the meal eaten before leaving, and
     * the leaving is the one said with it (not a movement of its own at that part of the day).
     */
    static boolean thenLeaves(Clause c) {
        if (c.all(Mention.Part.class).isEmpty() && c.all(Mention.Meals.class).isEmpty()) return false;
        // Every match of THEN_LEAVES holds 吃.
        return c.holds("吃")
                && THEN_LEAVES.matcher(c.text).region(c.start, c.end).find();
    }

    /** "明天中午走 早饭吃 中饭不吃": a meal word and 吃, nothing else, is the meal as planned. */
    static boolean eatsAsPlanned(Clause c) {
        return (!c.all(Mention.Meals.class).isEmpty()
                        || !c.all(Mention.Part.class).isEmpty())
                && c.has(Cue.EAT)
                && !c.question
                && c.all(Mention.Count.class).isEmpty()
                && EATS.contains(eatingWords(withoutPlace(c, lastMeal(c))));
    }

    /** The words of the clause from {@code from} on without the event's own place of the meal (还在九院吃 -> 还吃). */
    private static String withoutPlace(Clause c, int from) {
        int here = c.at(Cue.HERE);
        if (here < from) return c.text.substring(from, c.end);
        return c.text.substring(from, here) + c.text.substring(c.endOf(Cue.HERE), c.end);
    }

    private static final java.util.Set<String> EATS = java.util.Set.of(
            "吃",
            "要吃",
            "照吃",
            "都吃",
            "还吃",
            "还是吃",
            "还是要吃",
            "还要吃",
            "也吃",
            "也要吃",
            "都要吃",
            "照样吃",
            "照样要吃",
            // 中午饭吃完再走, 中午吃了饭再走: the meal eaten before leaving, as planned.
            "吃完再走",
            "吃了再走",
            "吃了饭再走",
            "吃完饭再走",
            "吃完了再走",
            "吃过再走",
            "吃过饭再走",
            "照常吃完再走");

    /** Who eats, said before the verb (晚饭我们还是吃): no part of what is said of the meal. */
    private static final String[] SUBJECTS = {"我们", "咱们", "我们团", "大家", "全团"};

    /** Particles that may close the words after a meal (还是要吃的, 要吃饭哈). */
    private static final String CLOSING = "的哈啊呀呢吧嘛哦滴啦饭";

    /** "我们还是要吃饭的" -> "还是要吃": the words after the meal without their subject and closing particles. */
    private static String eatingWords(String words) {
        String w = words.strip();
        for (String s : SUBJECTS)
            if (w.startsWith(s)) w = w.substring(s.length()).strip();
        // 早饭还是要吃的 6点吃 早点出发: the words up to the first space; what follows is said of something else.
        int space = w.indexOf(' ');
        int end = space < 0 ? w.length() : space;
        while (end > 0 && CLOSING.indexOf(w.charAt(end - 1)) >= 0) end--;
        return w.substring(0, end);
    }

    private static int lastMeal(Clause c) {
        int end = c.start;
        for (Mention.Meals m : c.all(Mention.Meals.class)) end = Math.max(end, m.end());
        for (Mention.Part m : c.all(Mention.Part.class)) end = Math.max(end, m.end());
        return Math.min(end, c.end);
    }

    /**
     * "宁夏明早31 吃完就走 9点半": a meal with its figure right after it, then 吃完 (and the departure):
     * the meal's figure stands beside the movement.
     */
    static List<String> eatenBeforeLeaving(Clause c, Lexicon lexicon) {
        List<String> ids = new java.util.ArrayList<>(1);
        Mention before = null;
        for (Mention m : c.mentions) {
            if (m instanceof Mention.Count n && before != null && nextTo(c, before.end(), n.start())) {
                int at = MealThenLeaving.afterFigure(c, n.end());
                String id = before instanceof Mention.Part p
                        ? lexicon.mealOf(p.part())
                        : before instanceof Mention.Meals ms && ms.ids().size() == 1
                                ? ms.ids().get(0)
                                : null;
                if (id != null && c.text.startsWith("吃完", at) && !ids.contains(id)) ids.add(id);
            }
            before = m instanceof Mention.Part || m instanceof Mention.Meals ? m : null;
        }
        return ids;
    }

    /** Only spaces, or the same figure said again (中午还是45个, 也是), between {@code from} and {@code to}. */
    private static boolean nextTo(Clause c, int from, int to) {
        while (from < to && c.text.charAt(from) == ' ') from++;
        for (String again : AGAIN) if (c.text.startsWith(again, from)) from += again.length();
        while (from < to && c.text.charAt(from) == ' ') from++;
        return from == to;
    }

    /** 中午还是45个, 中午全团36个, 中午我们32个: the same figure said again, the whole delegation's, or the sender's own. */
    private static final String[] AGAIN = {
        "还是", "也是", "仍是", "照样", "全团", "全队", "全体", "全员", "全部", "我们队", "我们团", "我们", "咱们"
    };

    /** "水协中午不吃了 我们11点半走": the meals of the parts of the day with their cancellation right after them. */
    static List<String> partsCancelled(Clause c, Lexicon lexicon) {
        List<String> ids = new java.util.ArrayList<>(1);
        for (Mention.Part p : c.all(Mention.Part.class)) {
            int at = p.end();
            while (at < c.end && c.text.charAt(at) == ' ') at++;
            String id = lexicon.mealOf(p.part());
            if (id != null && at == c.at(Cue.CANCEL) && !ids.contains(id)) ids.add(id);
        }
        return ids;
    }

    /** "晚饭不吃了直接走 MU5778": a meal word with its cancellation right after it, beside a train or flight. */
    static boolean cancelledRightAfter(Clause c) {
        for (Mention.Meals m : c.all(Mention.Meals.class)) {
            int at = m.end();
            while (at < c.end && c.text.charAt(at) == ' ') at++;
            if (at == c.at(Cue.CANCEL) || c.text.startsWith("不在", at) && MealWords.eatsElsewhere(c)) return true;
        }
        return false;
    }
}
