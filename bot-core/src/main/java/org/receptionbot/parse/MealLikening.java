package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/** A meal or its figure likened to another day's or meal's (跟昨天一样, 晚上51个 跟中午一样). */
final class MealLikening {

    private MealLikening() {}

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
        boolean about = !c.all(Mention.Meals.class).isEmpty()
                || !MealWords.ofParts(c, lexicon).isEmpty()
                || words.contains("人数");
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
}
