package org.receptionbot.parse;

/**
 * "有10个人明天一早先走，坐6点的大巴去机场", "晚上走10个，7点的车": a part of the day said earlier on the
 * same line sets the half of the day for a clock time whose clause names no part of its own, unless a
 * clock time was said in between. An afternoon or evening word reaches no clause that names a day of
 * its own ("今晚先走10个 剩下的明天8点走").
 */
final class EarlierPart {
    private static final String[] MORNING = {"一大早", "一早", "大清早", "清早", "明早", "今早", "早上", "早晨", "清晨", "凌晨", "上午"};
    /** Words of noon, the afternoon or the evening; each also ends the morning's reach. */
    private static final String[] LATER = {"中午", "下午", "傍晚", "晚上", "今晚", "明晚", "夜里"};

    /** The morning meal's words; said packed or skipped (see {@link #EARLY_START}) they mean an early start. */
    private static final String[] BREAKFAST = {"早饭", "早餐"};
    /** Words beside the morning meal that say the people leave before it is served: packed, skipped, no time. */
    private static final String[] EARLY_START = {"打包", "不吃", "来不及", "带走", "带上车"};
    /** How far from the breakfast word an early-start word is read as its. */
    private static final int NEAR = 6;

    private EarlierPart() {}

    /**
     * "明天早饭打包10份 他们6点半坐G1234", "明天早饭不吃了 6点半的G1234": before {@code clock}, on its line, a
     * breakfast packed or skipped with no later part of the day after it: the hour is the morning's.
     */
    static DayPart earlyStart(Clause c, Mention.Clock clock) {
        int from = c.text.lastIndexOf('\n', clock.start() - 1) + 1;
        String s = c.text.substring(from, clock.start());
        for (String meal : BREAKFAST)
            for (int at = s.indexOf(meal); at >= 0; at = s.indexOf(meal, at + 1)) {
                if (last(s, LATER) > at) continue;
                if (packedOrSkipped(s, at, meal)) return DayPart.MORNING;
            }
        return packedAfter(c, clock) ? DayPart.MORNING : null;
    }

    /**
     * "明天6点半就走 早饭打包12份", "6点就出发 早饭不吃了": after {@code clock}, on its line, a breakfast packed or
     * skipped with no other clock time nor a later part of the day in between: the hour is the morning's.
     */
    private static boolean packedAfter(Clause c, Mention.Clock clock) {
        int to = c.text.indexOf('\n', clock.end());
        String s = c.text.substring(clock.end(), to < 0 ? c.text.length() : to);
        for (String meal : BREAKFAST) {
            int at = s.indexOf(meal);
            if (at < 0) continue;
            String between = s.substring(0, at);
            if (last(between, LATER) >= 0 || clockAfter(" " + between, 0)) continue;
            if (packedOrSkipped(s, at, meal)) return true;
        }
        return false;
    }

    private static boolean packedOrSkipped(String s, int at, String meal) {
        String near = s.substring(Math.max(0, at - NEAR), Math.min(s.length(), at + meal.length() + NEAR));
        for (String w : EARLY_START) if (near.contains(w)) return true;
        return false;
    }

    /** The part of the day the line before the clause says last; else null. */
    static DayPart before(Clause c) {
        int from = c.text.lastIndexOf('\n', c.start - 1) + 1;
        String s = c.text.substring(from, c.start);
        int morning = last(s, MORNING);
        int later = last(s, LATER);
        if (morning > later) return clockAfter(s, morning) ? null : DayPart.MORNING;
        if (later < 0 || clockAfter(s, later) || !c.all(Mention.Day.class).isEmpty()) return null;
        // 中午5 晚上5 明天早饭要打包2份 有两个人7点前要走: a meal's figure, or a day said after, ends its reach.
        if (mealFigure(s, later)
                || DAY_AFTER.matcher(s).region(later, s.length()).find()) return null;
        return s.startsWith("中午", later)
                ? DayPart.NOON
                : s.startsWith("下午", later) ? DayPart.AFTERNOON : DayPart.EVENING;
    }

    /** A day said after the part of the day: 明天, 后天, 今天, a date (23号). */
    private static final java.util.regex.Pattern DAY_AFTER =
            java.util.regex.Pattern.compile("今天|明天|后天|明日|今日|[0-9一二三四五六七八九十]+[号日](?![楼车房线院门])");

    /** "晚上5", "晚上 都34个": the part of the day is a meal's word with its figure, no half of a day for a clock. */
    private static boolean mealFigure(String s, int at) {
        int i = at + 2;
        while (i < s.length() && " 都也还是就".indexOf(s.charAt(i)) >= 0) i++;
        return i < s.length() && (Character.isDigit(s.charAt(i)) || "一二两三四五六七八九十".indexOf(s.charAt(i)) >= 0);
    }

    /** "一早8点集合，3点的车": a clock time already said after the part of the day; the next one is later. */
    private static boolean clockAfter(String s, int from) {
        for (int i = from; i + 1 < s.length(); i++) {
            char next = s.charAt(i + 1);
            boolean numeral = Character.isDigit(s.charAt(i)) || "一二两三四五六七八九十".indexOf(s.charAt(i)) >= 0;
            if (numeral && (next == '点' || next == ':' || next == '时')) return true;
        }
        return false;
    }

    private static int last(String s, String[] words) {
        int best = -1;
        for (String w : words) best = Math.max(best, s.lastIndexOf(w));
        return best;
    }
}
