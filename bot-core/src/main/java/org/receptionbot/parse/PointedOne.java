package org.receptionbot.parse;

/**
 * One person pointed at with 那个 or 这个 and no person word, told by when they leave or come ("重庆北海线的那个明天上午要先走",
 * "湖南那个今晚先回", "这个人明天走"): 那个 reads as 一个, of the same length, so the movement is one person's, not the
 * whole delegation's. 那个 as a filler is not read: at the start or after a pause, after a filler word (然后那个, 就是那个,
 * 这边那个), after 我们 (我们那个明天走), or when a group is said before the verb (那个明天晚上他们…).
 */
final class PointedOne {
    /** When the person moves, right after 那个. */
    private static final String[] WHEN = {
        "今天", "明天", "后天", "今晚", "明早", "明晚", "上午", "下午", "晚上", "早上", "中午", "凌晨", "一会", "待会", "等会", "马上", "先", "要先", "提前"
    };
    /** The movement said after when. */
    private static final String[] MOVES = {"走", "回", "离开", "离会", "返程", "出发", "撤", "到"};
    /** Words of a group or of a thing that make 那个 no person (他们, 大家, 都, 全, 车, 会, 饭). */
    private static final String GROUP = "们家都全车会饭餐场";
    /** Characters 那个 follows as a filler (然后那个, 就是那个, 这边那个, 啊那个). */
    private static final String FILLER_BEFORE = "后是啊嗯哦呢吧边就说了个那这喂哈呀";
    /** How far after 那个 the movement may be said. */
    private static final int REACH = 8;

    private PointedOne() {}

    /** Whether 那个/这个 at {@code at} (the demonstrative) points at one person who moves, as said after it. */
    static boolean movesAfter(String text, int at) {
        if (at == 0 || !pointer(text.charAt(at - 1))) return false;
        if (at >= 2 && (text.startsWith("我们", at - 2) || text.startsWith("咱们", at - 2))) return false;
        int from = at + 2;
        if (from < text.length() && text.charAt(from) == '人') from++;
        boolean when = false;
        for (String w : WHEN) when |= text.startsWith(w, from);
        if (!when) return false;
        int end = Math.min(text.length(), from + REACH);
        for (int i = from; i < end; i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || "，,。；;！!？?".indexOf(ch) >= 0) return false;
            if (GROUP.indexOf(ch) >= 0) return false;
            for (String m : MOVES) if (text.startsWith(m, i)) return !asked(text, i);
        }
        return false;
    }

    /** 的, or a word of a name (a delegation, a route: 重庆那个, 北海线那个), not a filler. */
    private static boolean pointer(char before) {
        if (before == '的') return true;
        return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN && FILLER_BEFORE.indexOf(before) < 0;
    }

    /** 几点走, 什么时候到: a question of when, no report. */
    private static boolean asked(String text, int moveAt) {
        int from = Math.max(0, moveAt - 3);
        String near = text.substring(from, moveAt);
        return near.contains("几") || near.contains("什么") || near.contains("哪");
    }
}
