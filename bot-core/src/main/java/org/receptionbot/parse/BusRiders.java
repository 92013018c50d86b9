package org.receptionbot.parse;

/**
 * People of one delegation said to ride a bus, as who they are and nothing more: "2号车有三个浙江的",
 * "3号车上有两位湖南的老师". They are no count of the bus; the clauses after say what they do (他们要去百色，
 * 不去柳州了), a change of route for that many people.
 */
final class BusRiders {
    /** Words after the delegation's 的 that only say who the riders are. */
    private static final String[] WHO = {"", "人", "老师", "同志", "领导", "代表", "同事", "同学"};

    private BusRiders() {}

    /** How many riders the clause names, or 0 when it is not only that. */
    static int of(Clause c) {
        var vehicles = c.all(Mention.Vehicle.class);
        var counts = c.all(Mention.Count.class);
        var teams = c.all(Mention.Team.class);
        if (vehicles.size() != 1 || counts.size() > 1 || teams.size() != 1) return 0;
        if (c.mentions.size() != 2 + counts.size()) return 0;
        Mention.Vehicle v = vehicles.get(0);
        Mention.Team t = teams.get(0);
        if (v.start() != c.start || t.end() >= c.end || c.text.charAt(t.end()) != '的') return 0;
        // 有三个浙江的, 有俩广东的: the figure after 有, then the delegation.
        int at = c.text.indexOf('有', v.end());
        if (at < 0
                || at >= t.start()
                || !HAS.contains(c.text.substring(v.end(), at + 1).strip())) return 0;
        int n = figure(c, counts, at + 1, t.start());
        if (n <= 0) return 0;
        String rest = c.text.substring(t.end() + 1, c.end).strip();
        for (String w : WHO) if (rest.equals(w)) return n;
        return 0;
    }

    private static final java.util.List<String> HAS = java.util.List.of("有", "上有", "上面有", "里有", "还有", "上还有");

    /** The figure filling {@code [from, to)}: a count, or 俩/仨 (with 个 or 位 after them); 0 when none. */
    private static int figure(Clause c, java.util.List<Mention.Count> counts, int from, int to) {
        if (!counts.isEmpty()) {
            Mention.Count n = counts.get(0);
            boolean fills = n.start() == from
                    && (n.end() == to
                            || n.unit() && c.text.substring(n.end(), to).isBlank());
            return fills ? n.value() : 0;
        }
        String said = c.text.substring(from, to).strip();
        if (said.isEmpty()) return 0;
        int n = said.charAt(0) == '俩' ? 2 : said.charAt(0) == '仨' ? 3 : 0;
        String rest = said.substring(1);
        return rest.isEmpty() || rest.equals("个") || rest.equals("位") ? n : 0;
    }
}
