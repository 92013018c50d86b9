package org.receptionbot.parse;

import java.util.List;

/**
 * "12号车实到47，新疆队全部上车，出发去恩施站", "12号车实到30人 天津团去恩施站": a bus's count that names no
 * delegation, beside a statement of the message's one delegation boarding or being taken off (上车, 出发, 送站,
 * 去…站), is that delegation's count, not the bus's usual one; the bus setting off is no departure of its own.
 * "11号车实到31人 黑龙江的", "3号车实到33 是陕西的 人齐了": the delegation named on its own after the count (a
 * label, {@link #LABEL_BEFORE} and {@link #LABEL_AFTER} words at most around it) is the count's too: the vehicle's
 * own delegation stands only when the text names none.
 */
final class BoardedTeam {
    /** Words that say the people named board or are taken away by the bus. */
    private static final String[] BOARDING = {"上车", "上齐", "出发", "送站", "送机", "发车", "去车站", "去机场", "去高铁站", "去火车站"};

    /** People waited for who got on at last. */
    private static final String[] JOINED_LATE = {"上来了", "赶上了", "赶上车了", "追上了", "终于到了", "终于上车了"};

    /** Words that may stand before a delegation named as the count's label ("是陕西的"). */
    private static final String[] LABEL_BEFORE = {"都是", "全是", "全部是", "拉的是", "接的是", "送的是", "坐的是", "是", ""};

    /** Words that may follow a delegation named as the count's label ("黑龙江的", "宁夏团"), longest first. */
    private static final String[] LABEL_AFTER = {"代表团的", "代表团", "代表队", "的人", "队的", "团的", "的", "团", "队", ""};

    private BoardedTeam() {}

    /** @param original the message as sent, of the clauses' length: a break there ends a label, not a remark blanked */
    static void apply(List<Clause> clauses, Drafts drafts, List<String> named, String original) {
        if (named.size() != 1 || HeadcountTalk.sharedBus(clauses.isEmpty() ? "" : clauses.get(0).text)) return;
        String team = named.get(0);
        Draft count = null;
        for (Draft d : drafts.since(0)) {
            if (d.kind != Draft.Kind.HEADCOUNT) continue;
            if (count != null) return;
            count = d;
        }
        if (count == null || !count.teamOfVehicle || !boarding(clauses, team, count, original)) return;
        count.team = team;
        Integer counted = count.count;
        drafts.dropIf(d -> d.kind == Draft.Kind.DEPARTURE
                && team.equals(d.team)
                && d.time == null
                && d.transport == null
                && (d.count == null || d.count.equals(counted)));
    }

    /** Whether {@code words} say {@code w}, not denied (没上车, 未出发, 不上车). */
    private static boolean said(String words, String w) {
        for (int at = words.indexOf(w); at >= 0; at = words.indexOf(w, at + 1))
            if (at == 0 || "没未不".indexOf(words.charAt(at - 1)) < 0 && !words.startsWith("没有", Math.max(0, at - 2)))
                return true;
        return false;
    }

    private static boolean whole(String words) {
        return words.contains("全员") || words.contains("全团") || words.contains("全体");
    }

    /**
     * Whether the clause opens with the delegation named as a label: only {@link #LABEL_BEFORE} words before it and
     * {@link #LABEL_AFTER} words after it up to a break ("黑龙江的 人齐了", "宁夏团").
     */
    private static boolean labels(Clause c, String team, String original) {
        Mention.Team named = c.all(Mention.Team.class).get(0);
        String before = c.text.substring(c.start, named.start()).strip();
        if (!team.equals(named.id()) || !java.util.Arrays.asList(LABEL_BEFORE).contains(before)) return false;
        for (String w : LABEL_AFTER) {
            int end = named.end() + w.length();
            if (c.text.startsWith(w, named.end())
                    && (end >= c.end || Clause.SEPARATORS.indexOf(original.charAt(end)) >= 0)) return true;
        }
        return false;
    }

    /** Whether a clause names the delegation, boarding or taken off, with no figure but the count's. */
    private static boolean boarding(List<Clause> clauses, String team, Draft count, String original) {
        for (Clause c : clauses) {
            // 3号车刚才数错了 是39个 宁夏那个本来就没上车: the delegation of a recount's reason is who it is about
            if (!c.teams().equals(List.of(team)) || RecountReasons.teams(c).contains(team)) continue;
            for (Mention.Count n : c.all(Mention.Count.class))
                if (!Integer.valueOf(n.value()).equals(count.count)) return false;
            if (labels(c, team, original)) return true;
            String words = c.span();
            // 3号车实到27 青海全员出发: the whole of another delegation setting off is its own departure.
            if (words.contains("也") || whole(words) && !words.contains("上车")) return false;
            // 5号车32人 内蒙的已经上来了 出发: the people waited for got on at last; the bus carries others too.
            if (!whole(words) && IssueMatters.has(c, JOINED_LATE)) return false;
            for (String w : BOARDING) if (said(words, w)) return true;
            int go = words.indexOf('去');
            if (go >= 0 && (words.indexOf('站', go) > go || words.indexOf("机场", go) > go)) return true;
        }
        return false;
    }
}
