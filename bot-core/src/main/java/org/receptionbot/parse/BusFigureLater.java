package org.receptionbot.parse;

import java.util.List;

/**
 * A bus named first, then, a few words on and apart from the rest, only its figure now: "2号车还在等人
 * 目前27", "7号车 还差俩没下来 其他都上了 三十六", "2号车 刚才那两个到了 现在29 出发", "(1号车 刚才数错了)
 * 是36个人". Nothing after the figure but the bus leaving; nothing before it names a delegation, route,
 * meal, time or another bus; the message says people boarding or being counted.
 */
final class BusFigureLater {
    /** Words before the figure that say it is the count now. */
    private static final String[] LEADS = {"目前", "现在", "一共", "总共", "共计", "实到", "是", "共", "现", "上来了", "上来", "上车了", "上了"};
    /** Words after the figure: the bus leaving, everyone there. */
    private static final String[] TAILS = {"准备出发", "出发了", "出发", "发车", "开车", "走了", "都在", "到齐了", "齐了"};
    /** Words of boarding or counting somewhere in the message. */
    private static final String[] BOARDING = {"上了", "上车", "上来", "到了", "等人", "差", "点了", "点完", "清点", "数", "齐", "实到", "车上"
    };
    /** Characters that, ending the words before the figure, make it people missing (还差 2个, 少 3个, 点漏了两个). */
    private static final String SHORT = "差少缺有等剩还没漏";

    private static final String PAUSES = " ,，。了啊哈吧呢嗯";

    private BusFigureLater() {}

    /** The figure the clause gives, after {@code from}, as the bus's count now; or null. */
    static Integer figure(Clause c, int from, String original) {
        if (!c.teams().isEmpty() || c.question || !c.all(Mention.Day.class).isEmpty()) return null;
        // 北海3、4、5号车: numbers of a list of buses are no figure.
        if (c.end < c.text.length() && c.text.charAt(c.end) == '、' || c.span().indexOf('、') >= 0) return null;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        for (Mention m : c.mentions)
            if (m.start() >= from && !(m instanceof Mention.Count || m instanceof Mention.Part)) return null;
        if (counts.isEmpty()) return null;
        Mention.Count figure = counts.get(counts.size() - 1);
        // 是36个人 不是38: the figure denied after the one meant.
        if (counts.size() > 1
                && c.text.startsWith("不是", skip(c, counts.get(counts.size() - 2).end())))
            figure = counts.get(counts.size() - 2);
        if (figure.start() < from) return null;
        int s = lead(c, lead(c, figure.start(), from), from);
        // 2号车实到27: a figure said with the bus named in the clause is another rule's; only one apart is read here.
        if (s == from && from > c.start || s > from && c.text.charAt(s - 1) != ' ') return null;
        int p = s;
        while (p > from && PAUSES.indexOf(c.text.charAt(p - 1)) >= 0) p--;
        if (p > from && SHORT.indexOf(c.text.charAt(p - 1)) >= 0) return null;
        if (!rest(c, figure)) return null;
        for (String w : BOARDING) if (original.contains(w)) return figure.value();
        return null;
    }

    /** Where a lead word ending at {@code at} starts (现在是30个: two of them), or {@code at}. */
    private static int lead(Clause c, int at, int from) {
        for (String w : LEADS)
            if (at - w.length() >= from && c.text.startsWith(w, at - w.length())) return at - w.length();
        return at;
    }

    /** Only the bus leaving, or the figure denied (不是38), after the figure. */
    private static boolean rest(Clause c, Mention.Count figure) {
        int i = skip(c, figure.end());
        if (c.text.startsWith("不是", i)) {
            Mention.Count denied = null;
            for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == skip(c, i + 2)) denied = n;
            if (denied == null) return false;
            i = skip(c, denied.end());
        }
        for (String w : TAILS)
            if (c.text.startsWith(w, i)) {
                i = skip(c, i + w.length());
                break;
            }
        return i >= c.end;
    }

    private static int skip(Clause c, int from) {
        int i = from;
        while (i < c.end && PAUSES.indexOf(c.text.charAt(i)) >= 0) i++;
        return i;
    }
}
