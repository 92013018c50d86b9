package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * "3号车刚才数错了 是39个 宁夏那个本来就没上车", "4号车 不对 重新数了 是41 有个广西的刚才在下面抽烟": a count said wrong
 * or taken again, its figure, then after a pause the reason. The reason names the people it is about; their
 * delegation is not the count's, and it is no report of its own while it names no bus, meal, day or time.
 */
final class RecountReasons {
    /** Words that say a count was wrong or was taken again. */
    private static final String[] RECOUNT = {
        "数错", "点错", "算错", "报错", "搞错", "弄错", "错了", "不对", "更正", "重新", "再数", "再点", "又数", "又点", "重数", "复核", "再清点", "又清点",
        "多算", "少算", "漏算", "数漏", "漏数", "数少", "数多", "点少", "点多", "少数了", "多数了"
    };

    private static final String UNITS = "个人名位";
    private static final String PAUSES = " ,，。；;！!";

    private RecountReasons() {}

    /**
     * Where the reason after the recount's figure starts in {@code c}, or -1 when the clause says no recount with a
     * figure, then a pause and more words.
     */
    static int start(Clause c) {
        int marker = marker(c);
        if (marker < 0) return -1;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < marker) continue;
            int i = n.end();
            while (i < c.end && UNITS.indexOf(c.text.charAt(i)) >= 0) i++;
            if (i >= c.end || PAUSES.indexOf(c.text.charAt(i)) < 0) return -1;
            while (i < c.end && PAUSES.indexOf(c.text.charAt(i)) >= 0) i++;
            return i < c.end ? i : -1;
        }
        return -1;
    }

    /**
     * Where the first recount word said in the clause ends, or before it in the message with no figure between
     * ("更正 | 实到37人 …"); -1 when none is.
     */
    static int marker(Clause c) {
        int marker = -1;
        for (String w : RECOUNT) {
            int at = c.text.indexOf(w);
            if (at >= 0 && at < c.end) marker = marker < 0 ? at + w.length() : Math.min(marker, at + w.length());
        }
        if (marker < 0 || marker >= c.start) return marker;
        return hasFigure(c.text.substring(marker, c.start)) ? -1 : marker;
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[0-9零一二两三四五六七八九十]");

    /** Whether {@code words} say a figure (一下, 一遍 are none). */
    private static boolean hasFigure(String words) {
        return FIGURE.matcher(words.replaceAll("一[下遍次起]", "")).find();
    }

    /** The delegations named only in the reason after a recount's figure ({@link #start}). */
    static List<String> teams(Clause c) {
        int from = start(c);
        if (from < 0) return List.of();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Mention.Team t : c.all(Mention.Team.class)) (t.start() >= from ? after : before).add(t.id());
        after.removeAll(before);
        return after;
    }

    /**
     * "5号车更正 实到37人 | 湖南那位去厕所了还没回来": a clause right after a bus's count said again, before it only that
     * count's figure and a pause, saying no bus, meal, day, time or route and no illness, breakdown or request, is the
     * reason of the recount: no record of its own.
     */
    static boolean follows(Clause c, Draft last) {
        if (last == null || last.kind != Draft.Kind.HEADCOUNT || last.count == null) return false;
        if (c.has(Cue.HEALTH) || c.has(Cue.BROKEN) || c.has(Cue.REQUEST)) return false;
        for (Mention m : c.mentions) if (!(m instanceof Mention.Team) && !(m instanceof Mention.Count)) return false;
        int i = c.start;
        while (i > 0 && PAUSES.indexOf(c.text.charAt(i - 1)) >= 0) i--;
        if (i == c.start) return false;
        while (i > 0 && UNITS.indexOf(c.text.charAt(i - 1)) >= 0) i--;
        int figure = i;
        while (figure > 0 && NUMERALS.indexOf(c.text.charAt(figure - 1)) >= 0) figure--;
        if (figure == i || ChineseNumerals.value(c.text.substring(figure, i)) != last.count) return false;
        // the recount words before the figure, with no other figure between them and it
        String before = c.text.substring(0, figure);
        int said = -1;
        for (String w : RECOUNT) {
            int at = before.lastIndexOf(w);
            if (at >= 0) said = Math.max(said, at + w.length());
        }
        return said >= 0 && !hasFigure(before.substring(said));
    }

    private static final String NUMERALS = "0123456789零一二两三四五六七八九十百";

    /** Whether the reason after the recount's figure says nothing a report would: no bus, meal, day, time or route. */
    static boolean plain(Clause c) {
        int from = start(c);
        if (from < 0) return false;
        for (Mention m : c.mentions)
            if (m.start() >= from && !(m instanceof Mention.Team) && !(m instanceof Mention.Count)) return false;
        return true;
    }
}
