package org.receptionbot.parse;

import java.util.List;

/**
 * A run of bus counts after a lead-in that counts no one ("柳州到了 韦科长在门口接 6号车39 7号车34", "百色线已经出发回程
 * 1号车24 2号车20", "1、2号车都到了 实到1号车24人2号车20人", "走错上了3号车 现在3号车实到38 4号车实到40"): the first bus with its figure opens a statement of its
 * own, as each bus after it does, so the lead-in's arrival or setting-off never takes its count.
 */
final class BusCountRun {
    /** Words a count may open with ("实到1号车24人"). */
    private static final String[] COUNTED = {"实到", "清点", "点名", "点人", "人数", "报数"};

    /** Words of now a count may open with ("现在3号车实到38"). */
    private static final String[] NOW = {"现在", "目前"};

    private BusCountRun() {}

    /**
     * Whether the space at {@code at} ends a lead-in with no figure of its own ({@code from} to {@code at}) and a
     * vehicle with its figure follows, then at least one more vehicle with its figure.
     */
    static boolean opens(String text, int from, int at, List<Mention> mentions) {
        int first = -1;
        for (int i = 0, n = mentions.size(); i < n; i++) {
            Mention m = mentions.get(i);
            if (m.start() >= from && m.end() <= at && m instanceof Mention.Count) return false;
            if (first < 0 && m.start() > at) first = i;
        }
        if (first < 0 || !(mentions.get(first) instanceof Mention.Vehicle v)) return false;
        String lead = text.substring(at + 1, v.start()).strip();
        for (String w : NOW)
            if (lead.startsWith(w)) lead = lead.substring(w.length()).strip();
        if (!lead.isEmpty() && !counted(lead)) return false;
        return pairs(text, mentions, first) >= 2;
    }

    /** How many vehicles, each with its figure right after it (or after 实到), follow one another from mention {@code i}. */
    private static int pairs(String text, List<Mention> mentions, int i) {
        int pairs = 0;
        while (i + 1 < mentions.size()
                && mentions.get(i) instanceof Mention.Vehicle v
                && mentions.get(i + 1) instanceof Mention.Count n
                && (text.substring(v.end(), n.start()).isBlank()
                        || counted(text.substring(v.end(), n.start()).strip()))) {
            pairs++;
            i += 2;
        }
        return pairs;
    }

    private static boolean counted(String words) {
        for (String w : COUNTED) if (words.equals(w)) return true;
        return false;
    }
}
