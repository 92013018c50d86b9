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

    private EarlierPart() {}

    /** The part of the day the line before the clause says last; else null. */
    static DayPart before(Clause c) {
        int from = c.text.lastIndexOf('\n', c.start - 1) + 1;
        String s = c.text.substring(from, c.start);
        int morning = last(s, MORNING);
        int later = last(s, LATER);
        if (morning > later) return clockAfter(s, morning) ? null : DayPart.MORNING;
        if (later < 0 || clockAfter(s, later) || !c.all(Mention.Day.class).isEmpty()) return null;
        return s.startsWith("中午", later)
                ? DayPart.NOON
                : s.startsWith("下午", later) ? DayPart.AFTERNOON : DayPart.EVENING;
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
