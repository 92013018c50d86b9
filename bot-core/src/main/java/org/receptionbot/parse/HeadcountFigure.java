package org.receptionbot.parse;

import java.util.List;

/**
 * The figure counted on a vehicle: the one said right after the counting word or the vehicle ("实到47",
 * "4车 42个"), or, when the sender takes it back, the one said in its place ("42个 不对 43个"). Figures said
 * after it are remarks on the count, not a second count: people missing ("少一个", "还差3个", "还有两个自己打车过去")
 * or the reason for a correction ("刚上来一个"). A vehicle short of people, then a figure, is read by {@link
 * ShortfallFigures}.
 */
final class HeadcountFigure {
    /** What may stand between the counting word or the vehicle and the figure counted. */
    private static final String BETWEEN = " :：了共";
    /** Words right after a figure reported that say it was wrong. */
    private static final String[] WRONG = {"是错的", "不对", "错了"};

    private HeadcountFigure() {}

    /** The figure counted on {@code vehicle}, or null when none is said where a count is said. */
    static Mention.Count of(Clause c, Mention.Vehicle vehicle) {
        Mention.Count again = afterReportTakenBack(c);
        if (again != null) return again;
        // 7号车刚才差的两个也上来了 现在一共30人: what happened, then the figure now.
        Mention.Count now = VisitBuses.countedNow(c) ? VisitBuses.figureNow(c) : null;
        if (now != null) return now;
        int at = c.mentions.indexOf(vehicle);
        Mention.Count afterShort = at < 0 ? null : ShortfallFigures.afterShortfall(c.text, c.mentions, at);
        if (afterShort != null) return afterShort;
        Mention.Count n = rightAfter(c, c.endOf(Cue.HEADCOUNT));
        if (n == null) n = VehicleFigures.figureRightAfter(c, vehicle);
        List<Mention.Count> counts = c.all(Mention.Count.class);
        // 11号车 又上来2个 现在40人: with no figure right after, people who joined, then the total.
        if (n == null && counts.size() > 1 && HeadcountTalk.joined(c, counts.get(0))) n = counts.get(0);
        if (n == null) return null;
        // 名单领到了，1号车应到33人: only the figure expected, nobody counted yet.
        if (counts.size() == 1 && BusRecounts.expected(c, n)) return null;
        // 两个也上来了 一共30人, 又上来3个 41人: people who joined, then the total.
        int k = counts.indexOf(n);
        while (k >= 0 && k + 1 < counts.size() && HeadcountTalk.joined(c, counts.get(k))) n = counts.get(++k);
        for (int i = counts.indexOf(n); i >= 0 && takenBack(c, counts.get(i)); ) {
            i++;
            // 实到41 哦不对 刚数错了: a figure taken back with none in its place is no count.
            if (i >= counts.size()) return null;
            // 实到39人 刚才数漏了后排一个: the figure after 漏 is who was missed, no count in its place.
            // 实到35人 刚才少数了两个: so is the figure after words of a count too low.
            if (Recounts.missedBetween(
                    c.text, counts.get(i - 1).end(), counts.get(i).start())) return null;
            n = counts.get(i);
        }
        return n;
    }

    /**
     * "实到39人 不对 刚又上来俩 (41)": a figure taken back, then only people who joined since: the count is said
     * after them, not in this clause.
     */
    static boolean onlyJoinedAfterTakenBack(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        int i = 0;
        while (i < counts.size() && !SelfCorrection.wrong(c, counts.get(i))) i++;
        if (i + 1 >= counts.size()) return false;
        for (int k = i + 1; k < counts.size(); k++) if (!HeadcountTalk.joinedBefore(c, counts.get(k))) return false;
        return true;
    }

    /**
     * Said wrong (30个 哦不对), or counted again (实到38 刚才数错了); after a correction word (7号车更正 实到21人
     * 刚才数漏了两个) the figure is the corrected one, and the words after it say why the earlier was wrong.
     */
    private static boolean takenBack(Clause c, Mention.Count n) {
        if (SelfCorrection.wrong(c, n)) return true;
        int corrected = c.endOf(Cue.CORRECTION);
        return Recounts.follow(c, n.end()) && (corrected < 0 || corrected > n.start());
    }

    /** The figure right after {@code from} with at most a pause between, or null. */
    private static Mention.Count rightAfter(Clause c, int from) {
        if (from < 0) return null;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < from) continue;
            for (int i = from; i < n.start(); i++) if (BETWEEN.indexOf(c.text.charAt(i)) < 0) return null;
            return n;
        }
        return null;
    }

    /**
     * "6号车报的40是错的 是39", "刚才报的41不对 是40", "报29是错的 实际28": the figure said with 是 or 实际 after a figure reported and
     * said wrong; null when no figure is taken back so, or none is said in its place.
     */
    static Mention.Count afterReportTakenBack(Clause c) {
        boolean takenBack = false;
        int wrongEnd = -1;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (takenBack && anyBefore(c, n.start(), SAID_AGAIN)) return n;
            // 5号车点的40 错了 38: the figure right after the words that take the report back.
            if (takenBack
                    && wrongEnd >= 0
                    && c.text.substring(wrongEnd, n.start())
                            .strip()
                            .replace("，", "")
                            .isEmpty()) return n;
            boolean wrong = anyBefore(c, n.start(), REPORTED) && saidWrong(c, n.end());
            if (wrong) wrongEnd = wrongEnd(c, n.end());
            takenBack |= wrong;
        }
        return null;
    }

    private static int wrongEnd(Clause c, int from) {
        int at = from;
        while (at < c.end && c.text.charAt(at) == ' ') at++;
        for (String w : WRONG) if (c.text.startsWith(w, at)) return at + w.length();
        return -1;
    }

    /** "刚才点的38 不对 后面又上来3个": a figure reported and said wrong with none said in its place. */
    static boolean takenBackAlone(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.isEmpty()) return false;
        Mention.Count first = counts.get(0);
        if (!anyBefore(c, first.start(), REPORTED) || !saidWrong(c, first.end())) return false;
        for (Mention.Count n : counts) if (anyBefore(c, n.start(), SAID_AGAIN)) return false;
        return afterReportTakenBack(c) == null;
    }

    /**
     * "之前报的37 不对 又来了3位 现在40": after a figure taken back alone and the people who came or
     * went, the figure that ends the clause is the count; null when there is none.
     */
    static Integer afterTakenBack(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() < 3 || !takenBackAlone(c)) return null;
        Mention.Count last = counts.get(counts.size() - 1);
        String rest = c.text.substring(last.end(), c.end).strip();
        return rest.isEmpty() || rest.equals("了") || rest.equals("齐了") || rest.equals("人齐了") ? last.value() : null;
    }

    /**
     * "第一次点43人 等两个人上厕所回来再点 45人齐了": with several figures, the one that ends the clause
     * followed by 齐了 is the count; null when there is none.
     */
    static Integer allAboardAtEnd(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() < 2) return null;
        Mention.Count last = counts.get(counts.size() - 1);
        String rest = c.text.substring(last.end(), c.end).strip();
        return rest.equals("齐了") || rest.equals("人齐了") || rest.equals("都齐了") || rest.equals("到齐了")
                ? last.value()
                : null;
    }

    /** Words between a bus and its figure that only say it is the figure now (7号车现在36). */
    private static final List<String> NOW = List.of("现在", "目前", "当前", "现在是", "目前是", "这会儿");

    /** "7号车现在36", "3号车目前41": a bus, a word for now and a figure, nothing else; the figure or null. */
    static Integer now(Clause c, Mention.Vehicle v) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1 || c.mentions.size() != 2 || v.start() != c.start) return null;
        Mention.Count n = counts.get(0);
        if (n.start() < v.end() || !c.text.substring(n.end(), c.end).strip().isEmpty()) return null;
        return NOW.contains(c.text.substring(v.end(), n.start()).strip()) ? n.value() : null;
    }

    /** Words before a figure reported ("报的40", "刚才报29", "点的38"). */
    private static final String[] REPORTED = {"报的", "报了", "报", "点的", "点了", "数的", "数了"};
    /** Words before the figure said in place of one taken back ("是39", "实际28", "应该是40"). */
    private static final String[] SAID_AGAIN = {"是", "实际", "实际上", "实到", "应该", "其实"};

    private static boolean anyBefore(Clause c, int at, String[] words) {
        for (String w : words) if (before(c, at, w)) return true;
        return false;
    }

    private static boolean before(Clause c, int at, String word) {
        int i = at;
        while (i > c.start && c.text.charAt(i - 1) == ' ') i--;
        return i - word.length() >= c.start && c.text.startsWith(word, i - word.length());
    }

    private static boolean saidWrong(Clause c, int from) {
        int at = from;
        while (at < c.end && c.text.charAt(at) == ' ') at++;
        for (String w : WRONG) if (c.text.startsWith(w, at) && at + w.length() <= c.end) return true;
        return false;
    }
}
