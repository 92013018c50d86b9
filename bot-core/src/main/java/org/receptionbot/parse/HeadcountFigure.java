package org.receptionbot.parse;

import java.util.List;

/**
 * The figure counted on a vehicle: the one said right after the counting word or the vehicle ("实到47",
 * "4车 42个"), or, when the sender takes it back, the one said in its place ("42个 不对 43个"). Figures said
 * after it are remarks on the count, not a second count: people missing ("少一个", "还差3个", "还有两个自己打车过去")
 * or the reason for a correction ("刚上来一个"). A vehicle short of people, then a figure ("1号车少了一个 33",
 * "7号车上少1人 33"), is that figure counted.
 */
final class HeadcountFigure {
    /** What may stand between the counting word or the vehicle and the figure counted. */
    private static final String BETWEEN = " :：了共";
    /** What may not follow the figure after a shortfall for it to be the count: a clock, minutes, an age. */
    private static final String NOT_COUNTED_AFTER = "0123456789号车分点:：时岁";
    /** Longest words between a vehicle and 少 ("这边", "下车点人"). */
    private static final int SHORT_WORDS = 4;
    /** Words right after a figure reported that say it was wrong. */
    private static final String[] WRONG = {"是错的", "不对", "错了"};

    private HeadcountFigure() {}

    /** The figure counted on {@code vehicle}, or null when none is said where a count is said. */
    static Mention.Count of(Clause c, Mention.Vehicle vehicle) {
        Mention.Count again = afterReportTakenBack(c);
        if (again != null) return again;
        int at = c.mentions.indexOf(vehicle);
        Mention.Count afterShort = at < 0 ? null : afterShortfall(c.text, c.mentions, at);
        if (afterShort != null) return afterShort;
        Mention.Count n = rightAfter(c, c.endOf(Cue.HEADCOUNT));
        if (n == null) n = HeadcountWords.figureRightAfter(c, vehicle);
        List<Mention.Count> counts = c.all(Mention.Count.class);
        // 11号车 又上来2个 现在40人: with no figure right after, people who joined, then the total.
        if (n == null && counts.size() > 1 && HeadcountTalk.joined(c, counts.get(0))) n = counts.get(0);
        if (n == null) return null;
        // 两个也上来了 一共30人, 又上来3个 41人: people who joined, then the total.
        int k = counts.indexOf(n);
        while (k >= 0 && k + 1 < counts.size() && HeadcountTalk.joined(c, counts.get(k))) n = counts.get(++k);
        for (int i = counts.indexOf(n); i >= 0 && takenBack(c, counts.get(i)); ) {
            i++;
            // 实到41 哦不对 刚数错了: a figure taken back with none in its place is no count.
            if (i >= counts.size()) return null;
            n = counts.get(i);
        }
        return n;
    }

    /** Said wrong (30个 哦不对), or counted again (实到38 刚才数错了). */
    private static boolean takenBack(Clause c, Mention.Count n) {
        return SelfCorrection.wrong(c, n) || Recounts.follow(c, n.end());
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
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (takenBack && (before(c, n.start(), "是") || before(c, n.start(), "实际"))) return n;
            // 刚才报29是错的 实际28: 报 with or without 的.
            takenBack |= (before(c, n.start(), "报的") || before(c, n.start(), "报")) && saidWrong(c, n.end());
        }
        return null;
    }

    private static boolean before(Clause c, int at, String word) {
        int i = at;
        while (i > c.start && c.text.charAt(i - 1) == ' ') i--;
        return i - word.length() >= c.start && c.text.startsWith(word, i - word.length());
    }

    private static boolean saidWrong(Clause c, int at) {
        for (String w : WRONG) if (c.text.startsWith(w, at) && at + w.length() <= c.end) return true;
        return false;
    }

    /**
     * "1号车少了一个 33", "6号车这边少了两个 35": the vehicle at {@code i} of {@code mentions}, a few words and 少,
     * one or two people short, then a figure after a pause: that figure, the one counted; else null.
     */
    static Mention.Count afterShortfall(String text, List<Mention> mentions, int i) {
        if (i < 0
                || i + 2 >= mentions.size()
                || !(mentions.get(i) instanceof Mention.Vehicle v)
                || !(mentions.get(i + 1) instanceof Mention.Count shortBy)
                || !(mentions.get(i + 2) instanceof Mention.Count n)) return null;
        if (shortBy.value() > 2 || !shortfall(text.substring(v.end(), shortBy.start()))) return null;
        if (!text.substring(shortBy.end(), n.start()).replace("人", "").isBlank()) return null;
        return n.end() < text.length() && NOT_COUNTED_AFTER.indexOf(text.charAt(n.end())) >= 0 ? null : n;
    }

    /**
     * "1号车少了一个 | 33": whether a statement's end at {@code at} falls between a vehicle's shortfall and
     * the figure counted after it, which belong to one statement.
     */
    static boolean splitsShortfall(String text, int from, int at, List<Mention> mentions) {
        int shortAt = text.lastIndexOf('少', at);
        if (shortAt < from) return false;
        for (int i = 0; i + 2 < mentions.size(); i++) {
            Mention shortBy = mentions.get(i + 1);
            if (mentions.get(i).start() >= from
                    && shortBy.end() <= at
                    && mentions.get(i + 2).start() > at) return afterShortfall(text, mentions, i) != null;
        }
        return false;
    }

    /** " 这边少了", "上少": at most a few words, no figure or pause inside, ending with 少 or 少了. */
    private static boolean shortfall(String between) {
        String s = between.startsWith(" ") ? between.substring(1) : between;
        if (s.endsWith("了")) s = s.substring(0, s.length() - 1);
        if (!s.endsWith("少")) return false;
        s = s.substring(0, s.length() - 1);
        if (s.length() > SHORT_WORDS) return false;
        for (int k = 0; k < s.length(); k++)
            if (Character.isDigit(s.charAt(k)) || Clause.SEPARATORS.indexOf(s.charAt(k)) >= 0 || s.charAt(k) == '少')
                return false;
        return true;
    }
}
