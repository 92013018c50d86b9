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

    /** Another day's or time's arrangement pointed at instead of a figure. */
    private static final String[] AS_ANOTHER_TIME = {
        "跟昨天", "和昨天", "同昨天", "像昨天", "按昨天", "照昨天", "跟昨儿", "和昨儿", "按昨儿", "跟前天", "和前天", "按前天", "跟上次", "和上次", "同上次", "按上次",
        "照上次", "像上次"
    };

    /** Words that liken to what follows them (跟今天一样, 按昨天的). */
    private static final String LIKEN = "跟和同像按照与";

    /** Another day or meal served before, whose figure the parser does not hold (跟今天, 按上一顿). */
    private static final String[] EARLIER_TIMES = {
        "今天", "今日", "昨天", "昨日", "昨儿", "昨个", "前天", "前日", "上一顿", "上顿", "上一餐", "上餐", "前一天", "头一天", "今早", "今天早上", "今天中午"
    };

    /** Words of sameness after the time likened to (跟今天一样, 和昨天相同, 按昨天的来). */
    private static final String[] SAME = {"一样", "相同", "同样", "那样", "一致", "的来", "的报", "的数", "来"};

    private static final String[] TASTE = {"好吃", "难吃", "不错", "丰盛", "味道", "菜", "辣", "咸", "淡", "香", "棒", "饱"};

    /**
     * "晚上那个就按上次说的那样弄吧", "人数跟昨天反过来": a meal or its figure said to be as another day's,
     * which the parser cannot read; the sender is to be asked (in a clause that asks nothing).
     */
    static boolean asAnotherTime(Clause c, Lexicon lexicon) {
        if (c.question) return false;
        String words = c.span();
        boolean about =
                !c.all(Mention.Meals.class).isEmpty() || !ofParts(c, lexicon).isEmpty() || words.contains("人数");
        if (!about) return false;
        // 晚饭跟昨天一样好吃: an opinion of the food, no arrangement.
        for (String w : TASTE) if (words.contains(w)) return false;
        for (String w : AS_ANOTHER_TIME) if (words.contains(w)) return true;
        return likensEarlierTime(words);
    }

    /** "明天早饭人数跟今天一样", "中午按昨天的来": a liking word, an earlier day or meal, then sameness. */
    private static boolean likensEarlierTime(String words) {
        for (int i = 0; i + 1 < words.length(); i++) {
            if (LIKEN.indexOf(words.charAt(i)) < 0) continue;
            for (String t : EARLIER_TIMES) {
                if (!words.startsWith(t, i + 1)) continue;
                int after = i + 1 + t.length();
                for (String same : SAME) {
                    int at = words.indexOf(same, after);
                    if (at >= 0 && at - after <= 4) return true;
                }
            }
        }
        return false;
    }

    /**
     * "晚上51个 跟中午一样", "晚饭和午饭相同": a meal or part of the day only likened to (a liking word before it,
     * sameness after it), whose figure the other meal takes; it is not reported itself.
     */
    static boolean likenedTo(Clause c, int start, int end) {
        if (likeningAt(c.text, 0, start) < 0) return false;
        int at = end;
        if (at < c.end && c.text.charAt(at) == '的') at++;
        for (String w : LIKENED) if (c.text.startsWith(w, at)) return true;
        return false;
    }

    /**
     * Where the liking word before the meal word at {@code start} stands (跟中午, 跟今天晚上: a day word may stand
     * between them), or -1.
     */
    static int likeningAt(String text, int from, int start) {
        int before = start - 1;
        while (before > from && before >= start - 3 && LIKENED_DAY.indexOf(text.charAt(before)) >= 0) before--;
        return before >= from && LIKEN.indexOf(text.charAt(before)) >= 0 ? before : -1;
    }

    private static final String[] LIKENED = {"一样", "相同", "一致", "同样"};

    /**
     * {@code days} less those only likened to ("中午人数跟昨天一样 晚上38": 昨天 is no day of the message, so it
     * carries to no later statement).
     */
    static List<Mention.Day> unlikened(Clause c, List<Mention.Day> days) {
        if (days.isEmpty()) return days;
        List<Mention.Day> kept = new ArrayList<>(days.size());
        for (Mention.Day d : days) if (!likenedDay(c.text, d)) kept.add(d);
        return kept.size() == days.size() ? days : kept;
    }

    /** A day right after a liking word (跟, 和, 同) with sameness at most two characters after it. */
    private static boolean likenedDay(String text, Mention.Day d) {
        if (d.start() < 1 || LIKEN.indexOf(text.charAt(d.start() - 1)) < 0) return false;
        for (int at = d.end(); at <= d.end() + 3 && at < text.length(); at++)
            for (String w : LIKENED) if (text.startsWith(w, at)) return true;
        return false;
    }

    private static final String LIKENED_DAY = "今昨明前天日的";

    /** "晚上和宵夜", "中午跟晚饭": a part of the day joined by 和 to a meal word right after it. */
    static boolean joinedToMeal(Clause c, Mention.Part p, Lexicon lexicon) {
        if (lexicon.mealOf(p.part()) == null) return false;
        for (Mention.Meals m : c.all(Mention.Meals.class)) {
            // 中午晚饭各少5人: a part of the day right before another meal's word is its meal too (晚上宵夜 is late night).
            if (m.start() == p.end()) return !m.ids().contains(lexicon.mealOf(p.part())) && ofTheDay(m, lexicon);
            if (m.start() != p.end() + 1) continue;
            return "和跟与及、".indexOf(c.text.charAt(p.end())) >= 0;
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
                int at = n.end();
                while (at < c.end && c.text.charAt(at) == ' ') at++;
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

    private static final String[] AGAIN = {"还是", "也是", "仍是", "照样"};

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
            if (at == c.at(Cue.CANCEL) || c.text.startsWith("不在", at) && eatsElsewhere(c)) return true;
        }
        return false;
    }
}
