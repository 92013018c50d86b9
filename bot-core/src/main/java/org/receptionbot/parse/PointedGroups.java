package org.receptionbot.parse;

/**
 * People pointed at with their delegation or as the rest ("广东那六个人九点出发", "四川这五个下午走",
 * "剩下的那三十一个27号走", "走的那十五个不吃", "回去的那四个"): a figure in numerals after 那/这 counts people when a delegation's
 * name, 剩下/其余 or a movement verb with 的 comes right before. With nothing of the kind ("那两个在吃早饭") it points back at people said
 * before and is no figure (see {@link UnitCounts}).
 */
final class PointedGroups {
    /** Words for the rest of a delegation, before 那/这 (剩下的那…). */
    private static final String[] REST = {"剩下", "其余", "其他", "剩余", "另外"};

    /** Movement verbs that name people before 的 (走的那…). */
    private static final String MOVED = "走到来";

    private PointedGroups() {}

    /** Adds the figures pointed at after the delegations already found and after 剩下的那. */
    static void scan(Spans s) {
        String text = s.text;
        if (text.indexOf('那') < 0 && text.indexOf('这') < 0) return;
        for (int k = 0, found = s.found.size(); k < found; k++)
            if (s.found.get(k) instanceof Mention.Team t) pointed(s, t.end());
        for (String w : REST)
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) pointed(s, i + w.length());
        // 走的那十五个, 先到的这三个: people named by their move.
        for (int i = text.indexOf('的'); i > 0; i = text.indexOf('的', i + 1))
            if (MOVED.indexOf(text.charAt(i - 1)) >= 0 || text.startsWith("回去", i - 2)) pointed(s, i);
    }

    /** A figure after 那/这 (的 and a space before them allowed) at {@code from}, when it is free. */
    private static void pointed(Spans s, int from) {
        String text = s.text;
        int p = from;
        if (p < text.length() && text.charAt(p) == ' ') p++;
        if (p < text.length() && text.charAt(p) == '的') p++;
        if (p >= text.length() || text.charAt(p) != '那' && text.charAt(p) != '这') return;
        int at = p + 1;
        int end = UnitCounts.numeralsAt(text, at);
        if (end < 0 || !s.free(at, end)) return;
        int n = ChineseNumerals.value(text.substring(at, UnitCounts.figureEnd(text, at)));
        if (n > 0) s.add(new Mention.Count(n, true, at, end));
    }
}
