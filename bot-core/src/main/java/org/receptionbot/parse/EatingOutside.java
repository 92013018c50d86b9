package org.receptionbot.parse;

import java.util.List;

/**
 * "中午外面吃", "中午在外面": eating outside said right after a meal word takes the people off that meal (a
 * cancellation cue). {@link EatingAway} reads a place named after 去 or 在.
 */
final class EatingOutside {
    private EatingOutside() {}

    /** Meal words a statement of eating outside opens with. */
    private static final String[] MEALS = {
        "早饭", "早餐", "早上", "中午", "午饭", "午餐", "中饭", "中餐", "晚上", "晚饭", "晚餐", "今晚", "明早", "明晚", "宵夜", "夜宵"
    };
    /** Words of the outside, after 在 or alone. */
    private static final String[] OUTSIDE = {"外面", "外边", "外头"};
    /** What may stand between the meal and the outside (中午都在外面). */
    private static final String BETWEEN = "都就也全我们 ";

    /**
     * "中午外面吃", "中午在外面": right after a meal word, eating outside (外面 with 吃, or 在外面 ending the
     * statement) takes the people off that meal; {@code at} is the 在 or the 外.
     */
    static void outside(String text, int at, List<CueTable.Hit> hits) {
        int from = text.charAt(at) == '在' ? at + 1 : at;
        String word = null;
        for (String w : OUTSIDE) if (text.startsWith(w, from)) word = w;
        if (word == null || !mealBefore(text, at)) return;
        int end = from + word.length();
        boolean eats = end < text.length()
                && (text.charAt(end) == '吃' || text.startsWith("用餐", end) || text.startsWith("就餐", end));
        // 在外面吃 is read by CueTable's phrases already.
        if (eats && from == at) hits.add(new CueTable.Hit(Cue.CANCEL, at, end + 1));
        int after = end;
        while (after < text.length() && "了的啦".indexOf(text.charAt(after)) >= 0) after++;
        if (!eats && from > at && (after == text.length() || Clause.SEPARATORS.indexOf(text.charAt(after)) >= 0))
            hits.add(new CueTable.Hit(Cue.CANCEL, at, end));
    }

    private static boolean mealBefore(String text, int at) {
        int b = at;
        while (b > 0 && BETWEEN.indexOf(text.charAt(b - 1)) >= 0) b--;
        for (String m : MEALS) if (b >= m.length() && text.startsWith(m, b - m.length())) return true;
        return false;
    }
}
