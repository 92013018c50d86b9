package org.receptionbot.parse;

/**
 * Figures said the way people talk rather than with a unit after a verb: a count right after a
 * vehicle (3号车41), after all are there (人齐 52) or after the counting word (点过了 五十八), one
 * person as 他, and a count said again after one taken back (…不对 是41).
 */
final class SaidFigures {

    private SaidFigures() {}

    /**
     * "他坐今晚的G530走": one person named by 他/她 (not 他们, 他俩, 她仨, 其他) in the stretch of the movement verb,
     * after the last space before it, is a figure of 1; 他俩 and 他们俩 are 2, 他仨 3.
     */
    static Integer onePerson(Clause c) {
        int verb = Math.max(c.at(Cue.DEPART), c.at(Cue.ARRIVE));
        if (verb < 0) return null;
        int from = Math.max(c.start, c.text.lastIndexOf(' ', verb) + 1);
        for (int i = from; i < verb; i++) {
            char ch = c.text.charAt(i);
            if (ch != '他' && ch != '她' || i > 0 && c.text.charAt(i - 1) == '其') continue;
            int next = i + 1 < c.text.length() && c.text.charAt(i + 1) == '们' ? i + 2 : i + 1;
            char after = next < c.text.length() ? c.text.charAt(next) : ' ';
            if (after == '俩' || after == '仨') return after == '俩' ? 2 : 3;
            if (next == i + 1) return 1;
        }
        return null;
    }

    /**
     * "住院的那个队员出院了 …他俩下午4点坐3U8882走": 他俩, 他们俩 or 她仨 opening the stretch of the movement verb (after
     * the last space before it), with no other figure in that stretch, are who moves: 2 or 3; else null.
     */
    static Integer pairMoving(Clause c) {
        int verb = Math.max(c.at(Cue.DEPART), c.at(Cue.ARRIVE));
        if (verb < 0) return null;
        int from = Math.max(c.start, c.text.lastIndexOf(' ', verb) + 1);
        int pair = -1;
        for (String p : PAIRS) if (c.text.startsWith(p, from)) pair = from + p.length() - 1;
        if (pair < 0) return null;
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() >= from && n.start() < verb && n.start() != pair) return null;
        return c.text.charAt(pair) == '俩' ? 2 : 3;
    }

    private static final String[] PAIRS = {"他俩", "她俩", "他们俩", "她们俩", "他仨", "她仨", "他们仨", "她们仨"};

    /** "到了 新疆47 兵团25": a bare number right after a delegation's name counts its people. */
    static Integer afterName(Clause c) {
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (n.unit()) continue;
            for (Mention.Team t : c.all(Mention.Team.class))
                if (t.end() == n.start() || t.end() + 1 == n.start() && c.text.charAt(t.end()) == ' ') return n.value();
        }
        return null;
    }

    /** "CA1176回呼和浩特 全团45", "全队 29": a bare number right after the whole group (全团, 全队, 全体, 全员) counts it. */
    static Integer afterWhole(Clause c) {
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (n.unit()) continue;
            int i = n.start();
            while (i > c.start && c.text.charAt(i - 1) == ' ') i--;
            if (i - 2 >= c.start && c.text.charAt(i - 2) == '全' && "团队体员".indexOf(c.text.charAt(i - 1)) >= 0)
                return n.value();
        }
        return null;
    }

    /** Words that say all are there (人都在, 都出来了), a bare figure closing the clause after them counts them. */
    private static final String[] ALL_HERE = {"都在", "全在", "都出来", "全出来", "都下来", "人全", "都到", "全到"};

    /**
     * "到了 人齐 52", "全到齐了 40", "飞机落地了 人都在 48", "下车了 都出来了 33": a bare number right after all are said
     * to be there counts them.
     */
    static Integer allThere(Clause c) {
        for (Mention.Count n : c.current(Mention.Count.class)) {
            int i = n.start();
            while (i > c.start && " ：:".indexOf(c.text.charAt(i - 1)) >= 0) i--;
            if (i > c.start && c.text.charAt(i - 1) == '了') i--;
            if (i > c.start && c.text.charAt(i - 1) == '齐') return n.value();
            boolean closes = c.text.substring(n.end(), c.end).isBlank();
            for (String w : ALL_HERE)
                if (closes && i - w.length() >= c.start && c.text.startsWith(w, i - w.length())) return n.value();
            // 到了 41: a bare figure closing the clause right after the arrival said now.
            if (i == c.endOf(Cue.ARRIVE) && c.text.substring(n.end(), c.end).isBlank()) return n.value();
        }
        return null;
    }

    /** The last number with no unit after {@code from} in the clause, or null. */
    static Integer bareAfter(Clause c, int from) {
        Integer last = null;
        if (from < 0) return null;
        for (Mention.Count n : c.current(Mention.Count.class)) if (!n.unit() && n.start() >= from) last = n.value();
        return last;
    }

    /** "3号车41", "7车 四十八": the number right after a vehicle (a space or a colon between at most), or null. */
    static Integer afterVehicle(Clause c, Mention.Vehicle v) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < v.end()) continue;
            for (int i = v.end(); i < n.start(); i++) if (" :：".indexOf(c.text.charAt(i)) < 0) return null;
            return n.value();
        }
        return null;
    }

    /** "刚才报的39不对 后面又上来两个 是41": after a figure taken back, the last one said with 是 is the figure. */
    static Integer restated(Clause c) {
        boolean takenBack = false;
        Integer again = null;
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (SelfCorrection.wrong(c, n)) takenBack = true;
            else if (takenBack && afterIs(c, n.start())) again = n.value();
        }
        return again;
    }

    /**
     * "是40 有个老师在机场被接走了", "(实到35，之前数错了，)重新清点是36人": a clause opening with 是 and a figure,
     * past any recounting words, restates the count before it.
     */
    static Integer restatedAtStart(Clause c) {
        for (Mention.Count n : c.current(Mention.Count.class)) {
            return afterIs(c, n.start())
                            && c.text.substring(Recounts.skip(c), n.start())
                                            .strip()
                                            .length()
                                    <= 3
                    ? n.value()
                    : null;
        }
        return null;
    }

    private static boolean afterIs(Clause c, int at) {
        int i = at;
        while (i > c.start && c.text.charAt(i - 1) == ' ') i--;
        return i > c.start && c.text.charAt(i - 1) == '是';
    }

    /** Words that may stand between 人数 and its figure (人数不变30, 人数还是33, 人数：29). */
    private static final String[] BETWEEN = {"不变", "没变", "还是", "仍是", "依然是", "也是", "是", "为", ":", "：", " "};

    /** "人数不变30", "人数还是33": a bare figure right after 人数 is the people's figure. */
    static boolean afterHeadcountWord(String text, int at) {
        int i = at;
        for (boolean more = true; more && i > 0; ) {
            more = false;
            for (String w : BETWEEN) {
                if (i - w.length() >= 0 && text.startsWith(w, i - w.length())) {
                    i -= w.length();
                    more = true;
                    break;
                }
            }
        }
        return i >= 2 && text.startsWith("人数", i - 2);
    }
}
