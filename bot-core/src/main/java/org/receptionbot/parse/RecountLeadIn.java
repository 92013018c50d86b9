package org.receptionbot.parse;

/**
 * "刚才数错了 3号车是36 不是38", "刚才数错了 是32", "重新数了一遍，实到35人": a clause opening with recounting
 * words (or right after a first clause of only those), then at most a vehicle and the figure counted now (figures denied with 不是 beside it), and nothing
 * else. The figure replaces the count said before.
 */
final class RecountLeadIn {
    /** Words that may stand between the recounting words (or the vehicle) and the figure. */
    private static final String[] LEADS = {
        "实际上", "实际", "其实", "应该", "实到", "人数", "一共", "总共", "共计", "现在", "目前", "是", "共", "为", ":", "："
    };

    private static final String PAUSES = " ,，。了啊哈吧呢嗯";
    private static final String UNITS = "人个位名";

    /** The vehicle named after the recounting words (null when none) and the figure. */
    record Said(Mention.Vehicle vehicle, int count, boolean counting) {}

    private RecountLeadIn() {}

    /** What the clause says counted again; null when it does not open with recounting words or says more. */
    static Said read(Clause c) {
        if (c.question) return null;
        // 刚才数错了 是39个 宁夏那个本来就没上车: a reason after a pause, naming no bus, meal, day or time
        int reason = RecountReasons.plain(c) ? RecountReasons.start(c) : -1;
        if (!c.teams().isEmpty() && reason < 0) return null;
        int from = Recounts.skip(c);
        String words = from > c.start ? c.text.substring(c.start, from) : Recounts.aloneBefore(c);
        if (words == null) return null;
        Mention.Vehicle vehicle = null;
        Mention.Count figure = null;
        int at = skip(c, from);
        for (Mention m : c.mentions) {
            if (m.start() < from || reason >= 0 && m.start() >= reason) continue;
            if (m instanceof Mention.Vehicle v && vehicle == null && figure == null && v.start() == at) {
                vehicle = v;
                at = v.end();
            } else if (m instanceof Mention.Count n) {
                if (denied(c, n.start())) continue;
                if (figure != null || !leadsOnly(c, at, n.start())) return null;
                figure = n;
            } else return null;
        }
        if (figure == null || !restDenied(c, figure.end(), reason < 0 ? c.end : reason)) return null;
        // 刚才点漏了两个: the figure right after words of people left out is who was missed, not the count now.
        if (words.indexOf('漏') >= 0 && skip(c, at) == figure.start()) return null;
        return new Said(vehicle, figure.value(), words.indexOf('数') >= 0 || words.indexOf('点') >= 0);
    }

    /** Only lead words and pauses between {@code from} and {@code to}. */
    private static boolean leadsOnly(Clause c, int from, int to) {
        int i = skip(c, from);
        while (i < to) {
            int next = i;
            for (String w : LEADS)
                if (c.text.startsWith(w, i)) {
                    next = skip(c, i + w.length());
                    break;
                }
            if (next == i) return false;
            i = next;
        }
        return true;
    }

    /** After the figure, up to {@code to} (the reason, else the clause's end), only units, pauses and figures denied (不是38). */
    private static boolean restDenied(Clause c, int from, int to) {
        int i = from;
        while (i < to) {
            char ch = c.text.charAt(i);
            int figureEnd = figureAt(c, i);
            if (figureEnd > i) i = figureEnd;
            else if (UNITS.indexOf(ch) >= 0 || PAUSES.indexOf(ch) >= 0) i++;
            else if (c.text.startsWith("不是", i) || c.text.startsWith("不对", i)) i += 2;
            else return false;
        }
        return true;
    }

    private static int figureAt(Clause c, int at) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == at) return n.end();
        return at;
    }

    /** Whether 不是 stands right before {@code at}. */
    private static boolean denied(Clause c, int at) {
        int i = at;
        while (i > c.start && c.text.charAt(i - 1) == ' ') i--;
        return i - 2 >= c.start && c.text.startsWith("不是", i - 2);
    }

    private static int skip(Clause c, int from) {
        int i = from;
        while (i < c.end && PAUSES.indexOf(c.text.charAt(i)) >= 0) i++;
        return i;
    }
}
