package org.receptionbot.parse;

/**
 * "3号车已经上了两个湖南的", "7号车上来了两位贵州的老师": a figure of one delegation's people gone aboard,
 * with no word of the whole bus (实到, 一共, 齐), is part of the bus, not its head count.
 */
final class PartlyAboard {
    /** Words that make the figure the whole bus's all the same. */
    private static final String[] WHOLE = {"实到", "一共", "共", "总共", "齐", "全部", "都上", "清点", "点名"};

    private PartlyAboard() {}

    /**
     * "柳州线这边湖北有2个人说要去北海", "7号车下车的3个是海南的": some of the people on a bus (有 N 个 who do
     * something, or those who got off), with no word of the whole bus, are no count of it.
     */
    static boolean someOfThem(Clause c) {
        if (c.has(Cue.HEADCOUNT)) return false;
        String said = c.span();
        for (String w : WHOLE) if (said.contains(w)) return false;
        Mention.Count counted = countedFirst(c);
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (counted != null && n.start() > counted.start()) continue;
            if (c.text.startsWith("下车的", n.start() - 3) || c.text.startsWith("下来的", n.start() - 3)) return true;
            if (n.start() <= c.start || c.text.charAt(n.start() - 1) != '有') continue;
            int after = n.end();
            while (after < c.end && "个人名位".indexOf(c.text.charAt(after)) >= 0) after++;
            for (String w : DOING) if (c.text.startsWith(w, after)) return true;
        }
        return false;
    }

    /** Whether {@code c} only says who the head count {@code last}, just made, includes (含…的2位, 包括…). */
    static boolean includedIn(Clause c, Draft last) {
        if (last == null || last.kind != Draft.Kind.HEADCOUNT) return false;
        int i = c.start;
        while (i < c.end && " (（".indexOf(c.text.charAt(i)) >= 0) i++;
        for (String w : INCLUDES) if (c.text.startsWith(w, i)) return true;
        return false;
    }

    private static final String[] INCLUDES = {"含", "包括", "包含", "其中"};

    /** What some people do, said right after them: they are not the bus's count. */
    private static final String[] DOING = {"说", "要", "想", "下车", "下去", "不去", "不想", "没上", "改", "换", "去"};

    /** Whether a figure in {@code c} is followed by a unit word, then a delegation and 的. */
    static boolean onlySome(Clause c) {
        if (c.teams().isEmpty()) return false;
        String said = c.span();
        for (String w : WHOLE) if (said.contains(w)) return false;
        Mention.Count counted = countedFirst(c);
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (counted != null && n.start() > counted.start()) continue;
            if (teamOf(c, n) != null) return true;
        }
        return false;
    }

    /**
     * "7号车27人 还有1个广西的说自己打车过去": the bus's figure said right after it, then some people of a delegation who
     * are not aboard. Those people are a remark on the count, so their delegation is not the count's. The delegations
     * named only so, after the counted figure.
     */
    static java.util.List<String> remarkTeams(Clause c) {
        Mention.Count counted = countedFirst(c);
        if (counted == null) return java.util.List.of();
        java.util.List<String> teams = new java.util.ArrayList<>();
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() <= counted.start()) continue;
            Mention.Team t = teamOf(c, n);
            if (t != null) teams.add(t.id());
        }
        return teams;
    }

    /** The figure said right after the clause's first vehicle (7号车27人), or null. */
    private static Mention.Count countedFirst(Clause c) {
        java.util.List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        return vehicles.isEmpty() ? null : VehicleFigures.figureRightAfter(c, vehicles.get(0));
    }

    /** What may stand between people counted and the delegation they are of (2个是山东的). */
    private static final String[] WHO_THEY_ARE = {"都是", "是"};

    /** The delegation said right after the figure {@code n} and its unit, followed by 的 (两个湖南的), or null. */
    private static Mention.Team teamOf(Clause c, Mention.Count n) {
        int after = n.end();
        while (after < c.end && "个人名位".indexOf(c.text.charAt(after)) >= 0) after++;
        // 少的2个是山东的: who the people are, said with 是.
        for (String w : WHO_THEY_ARE)
            if (c.text.startsWith(w, after)) {
                after += w.length();
                break;
            }
        for (Mention.Team t : c.all(Mention.Team.class))
            if (t.start() == after && t.end() < c.end && c.text.charAt(t.end()) == '的') return t;
        return null;
    }
}
