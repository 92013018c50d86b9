package org.receptionbot.parse;

/**
 * "有10个人明天一早先走，坐6点的大巴去机场": a morning word said earlier on the same line sets the
 * morning half of the day for a clock time whose clause names no half of its own, unless a clock
 * time was said in between.
 */
final class EarlierPart {
    private static final String[] MORNING = {"一大早", "一早", "大清早", "清早", "明早", "今早", "早上", "早晨", "清晨", "凌晨", "上午"};
    /** Words of the afternoon or evening that end the morning's reach. */
    private static final String[] LATER = {"中午", "下午", "傍晚", "晚上", "今晚", "明晚", "夜里"};

    private EarlierPart() {}

    /** The morning, when the line before the clause says it last; else null. */
    static DayPart before(Clause c) {
        int from = c.text.lastIndexOf('\n', c.start - 1) + 1;
        String s = c.text.substring(from, c.start);
        int morning = last(s, MORNING);
        if (morning < 0 || morning < last(s, LATER) || clockAfter(s, morning)) return null;
        return DayPart.MORNING;
    }

    /** "一早8点集合，3点的车": a clock time already said after the morning word; the next one is later. */
    private static boolean clockAfter(String s, int from) {
        for (int i = from; i + 1 < s.length(); i++) {
            char next = s.charAt(i + 1);
            if (Character.isDigit(s.charAt(i)) && (next == '点' || next == ':' || next == '时')) return true;
        }
        return false;
    }

    private static int last(String s, String[] words) {
        int best = -1;
        for (String w : words) best = Math.max(best, s.lastIndexOf(w));
        return best;
    }
}
