package org.receptionbot.parse;

/**
 * The words saying people have arrived ("到了", "人都在", "其他都到了") beside a shortfall ({@link ArrivedShort}): where
 * they stand, not denied (没到了) and not a place's (车上人都在).
 */
final class ArrivedWords {
    /** Words saying people have arrived, before the shortfall. */
    private static final String[] ARRIVED = {
        "到了", "已到", "已经到", "都到", "到齐", "来了", "抵达了", "已抵达", "到达了", "已到达", "落地了", "到酒店", "到宾馆", "报到了", "人都在", "人基本都在",
        "基本都在", "人齐", "都齐了"
    };
    /** Words of people all there ({@link #ARRIVED}) that a place before them makes a room's or a bus's (车上人都在). */
    private static final String[] PRESENT = {"人都在", "人基本都在", "人齐"};
    /** What ends a place said before {@link #PRESENT}: 车上, 房间里, 会议室. */
    private static final String PLACE_END = "上里内室厅房间";
    /** Words before a word of arriving said after the ones short, making it the rest of the team's (其他都到了). */
    private static final String[] OTHERS = {"其他人", "其他的", "其他", "其它", "其余的", "其余", "别的", "剩下的"};

    private ArrivedWords() {}

    /** Where a word of arriving (not denied: 没到了; not a place's: 车上人都在) stands before {@code before}, or -1. */
    static int at(String text, int before) {
        for (String w : ARRIVED)
            for (int at = text.indexOf(w); at >= 0 && at < before; at = text.indexOf(w, at + 1))
                if (at == 0 || "没未不要快就".indexOf(text.charAt(at - 1)) < 0 && !placed(text, w, at)) return at;
        return -1;
    }

    private static boolean placed(String text, String word, int at) {
        for (String w : PRESENT) if (w.equals(word)) return PLACE_END.indexOf(text.charAt(at - 1)) >= 0;
        return false;
    }

    /** "差一个人 其他都到了": where a word of the rest of the team arriving stands after the ones short, or -1. */
    static int othersAfter(String text, int after) {
        for (String w : ARRIVED)
            for (int at = text.indexOf(w, after); at >= 0; at = text.indexOf(w, at + 1))
                if (saidBefore(text, at, OTHERS)
                        || at > 0 && text.charAt(at - 1) == '都' && saidBefore(text, at - 1, OTHERS)) return at;
        return -1;
    }

    /** Whether one of {@code words} ends right before {@code at} in {@code text}. */
    static boolean saidBefore(String text, int at, String[] words) {
        for (String w : words) if (at >= w.length() && text.startsWith(w, at - w.length())) return true;
        return false;
    }
}
