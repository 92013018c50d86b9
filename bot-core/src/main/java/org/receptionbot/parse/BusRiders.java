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
        String rest = c.text.substring(t.end() + 1, c.end).strip();
        if (!who(rest)) return 0;
        // 7号车下车的3个是海南的: the people who got off, then whose they are.
        int got = gotOff(c, v.end());
        if (got > 0) {
            int is = c.text.lastIndexOf('是', t.start());
            if (is < got || !c.text.substring(is + 1, t.start()).isBlank()) return 0;
            return figure(c, counts, got, is);
        }
        // 有三个浙江的, 有俩广东的: the figure after 有, then the delegation.
        int at = c.text.indexOf('有', v.end());
        if (at < 0
                || at >= t.start()
                || !HAS.contains(c.text.substring(v.end(), at + 1).strip())) return 0;
        return Math.max(0, figure(c, counts, at + 1, t.start()));
    }

    private static boolean who(String rest) {
        for (String w : WHO) if (rest.equals(w)) return true;
        return false;
    }

    /** Where the figure starts after "下车的", "上下来的" right after the bus; -1 when the clause does not say so. */
    private static int gotOff(Clause c, int from) {
        for (String w : GOT_OFF)
            if (c.text.startsWith(w, from)) {
                int at = from + w.length();
                while (at < c.end && c.text.charAt(at) == ' ') at++;
                return at;
            }
        return -1;
    }

    private static final String[] GOT_OFF = {"下车的", "上下车的", "上下来的", "下来的", "上下去的", "下去的"};

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
