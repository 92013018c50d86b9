package org.receptionbot.parse;

import java.util.List;

/**
 * 不是 denying the figure just said: "48个 不是，46", "27 不是 是25人", "晚饭28人。不是28，26人". It is a
 * correction ({@link Cue#CORRECTION}) where the right figure follows. "28人不是30人" (the wrong figure after
 * 不是) is none: it keeps the first. A change denied after the figure meant ("中午还是7个 不是多一个") takes nothing back
 * either: the figure stands.
 */
final class DeniedFigures {
    private static final String SPACES = " 　";
    private static final String COMMAS = ",，。、";
    private static final String NUMERALS = "0123456789一二两三四五六七八九十";

    private DeniedFigures() {}

    /** Adds a correction hit on each 不是 that denies a figure said before it. */
    static void mark(List<CueTable.Hit> hits, List<Mention> mentions, String text) {
        for (int at = text.indexOf("不是"); at >= 0; at = text.indexOf("不是", at + 2)) {
            if (repeatsFigure(mentions, at)
                    || deniesChange(text, at + 2)
                    || afterFigure(mentions, text, at) && thenRight(text, at + 2)) insert(hits, at);
        }
    }

    /**
     * Whether what follows 不是 (from {@code from}) gives the right figure: 是, or a comma and then a
     * figure (不是，46). A figure right after 不是 is the wrong one named, not the right one.
     */
    static boolean thenRight(String text, int from) {
        int j = from;
        while (j < text.length() && SPACES.indexOf(text.charAt(j)) >= 0) j++;
        if (j < text.length() && text.charAt(j) == '是') return true;
        if (j >= text.length() || COMMAS.indexOf(text.charAt(j)) < 0) return false;
        while (j < text.length() && (SPACES + COMMAS).indexOf(text.charAt(j)) >= 0) j++;
        return j < text.length() && NUMERALS.indexOf(text.charAt(j)) >= 0;
    }

    /** A figure ends right before 不是, with spaces or a comma between. */
    private static boolean afterFigure(List<Mention> mentions, String text, int at) {
        int b = at;
        while (b > 0 && (SPACES + COMMAS).indexOf(text.charAt(b - 1)) >= 0) b--;
        for (Mention m : mentions) if (m instanceof Mention.Count && m.end() == b) return true;
        return false;
    }

    /** 不是28，26人: right after 不是, the figure said last before it, repeated, then another figure. */
    private static boolean repeatsFigure(List<Mention> mentions, int at) {
        Mention.Count before = null;
        Mention.Count denied = null;
        boolean another = false;
        for (Mention m : mentions) {
            if (!(m instanceof Mention.Count n)) continue;
            if (n.end() <= at) before = n;
            else if (n.start() == at + 2) denied = n;
            else if (denied != null) another = true;
        }
        return before != null && denied != null && another && before.value() == denied.value();
    }

    private static void insert(List<CueTable.Hit> hits, int at) {
        int i = 0;
        while (i < hits.size() && hits.get(i).start() <= at) {
            if (hits.get(i).start() == at && hits.get(i).cue() == Cue.CORRECTION) return;
            i++;
        }
        hits.add(i, new CueTable.Hit(Cue.CORRECTION, at, at + 2));
    }

    /** "不是38": a clause that only denies one figure. */
    static boolean deniedAlone(Clause c) {
        String said = c.span().strip();
        if (!said.startsWith("不是") || c.mentions.size() != 1 || !(c.mentions.get(0) instanceof Mention.Count n))
            return false;
        int from = c.text.indexOf("不是", c.start) + 2;
        String between = c.text.substring(from, n.start()).strip();
        return (between.isEmpty() || CHANGES.contains(between))
                && c.text.substring(n.end(), c.end).isBlank();
    }

    /** Words of more or fewer people that 不是 may deny before a figure ("不是多一个", "不是少了两个"). */
    private static final java.util.Set<String> CHANGES =
            java.util.Set.of("多", "多了", "加", "加了", "增加", "少", "少了", "减", "减了", "减少");

    /** "(中午还是7个 是那个领导照常吃饭) 不是多一个": right after 不是, a change with its figure, denied. */
    static boolean deniesChange(String text, int from) {
        for (String w : CHANGES)
            if (text.startsWith(w, from)
                    && from + w.length() < text.length()
                    && NUMERALS.indexOf(text.charAt(from + w.length())) >= 0) return true;
        return false;
    }
}
