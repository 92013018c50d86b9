package org.receptionbot.parse;

import java.util.List;

/**
 * A figure the sender takes back in the same breath ("30个 哦不 32个", "三十八个 哦不对 四十",
 * "应该是31不是35"): the figure marked wrong is no figure, the one after the correction is.
 */
final class SelfCorrection {
    /** Words after a figure that take it back ("28人不是30人" keeps the first: 不是 names the wrong one after it). */
    private static final String[] TAKES_BACK = {"不对", "错了", "说错", "打错", "写错", "报错", "搞错", "更正", "纠正", "应该是"};
    /** The first characters of {@link #TAKES_BACK}. */
    private static final String TAKES_BACK_STARTS = "不错说打写报搞更纠应";
    /** Interjections and pauses around a correction. */
    private static final String PAUSE = "哦噢喔啊呃嗯额 ,，、";
    /** Sentence-final particles a figure may carry before its correction (38人吧 哦不对 35). */
    private static final String PARTICLE = "吧啦呀嘛";
    /** What may stand between a figure and the correction word after it. */
    private static final String BETWEEN = PAUSE + PARTICLE;

    private SelfCorrection() {}

    /**
     * "减4人，哦，是5人": the comma between an interjection and 是 becomes a space, so 哦 是 stays one correction
     * word ({@link PlainWords}) in the clause of the figure meant. Positions are kept.
     */
    static String ohThenIs(String text) {
        int at = text.indexOf('是', 2);
        if (at < 0) return text;
        char[] chars = null;
        for (; at >= 2; at = text.indexOf('是', at + 1)) {
            char comma = text.charAt(at - 1);
            if ((comma == '，' || comma == ',') && "哦噢喔呃".indexOf(text.charAt(at - 2)) >= 0) {
                if (chars == null) chars = text.toCharArray();
                chars[at - 1] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Whether the sender takes the figure back right after saying it, or says it is not the figure (不是35). */
    static boolean wrong(Clause c, Mention.Count n) {
        String text = c.text;
        int i = n.end();
        boolean interjection = false;
        while (i < c.end && PARTICLE.indexOf(text.charAt(i)) >= 0) i++;
        int afterParticles = i;
        while (i < c.end && PAUSE.indexOf(text.charAt(i)) >= 0) {
            interjection |= text.charAt(i) != ' ' && text.charAt(i) != ',' && text.charAt(i) != '，';
            i++;
        }
        // Every take-back word starts with one of TAKES_BACK_STARTS: most figures are followed by none of them.
        if (i < text.length() && TAKES_BACK_STARTS.indexOf(text.charAt(i)) >= 0)
            for (String w : TAKES_BACK)
                if (text.startsWith(w, i) && i + w.length() <= c.end) return !explainsEarlier(c, i + w.length());
        // 30个哦不是32个: 不是 after an interjection takes back the figure before it.
        if (interjection && text.startsWith("不是", i)) return true;
        // 27 不是 是25人, 48个 不是，46: 不是 then 是, or a comma and a figure, takes back the figure before it
        // (28人不是30人 keeps it).
        if (text.startsWith("不是", i) && DeniedFigures.thenRight(text, i + 2)) return true;
        // 三十五个 哦 三十六个: another figure right after 哦/呃 replaces it.
        if (ohThenFigure(c, afterParticles, i)) return true;
        // 哦不 32个, 不不 32个: a bare 不 after an interjection, or doubled, before the next figure.
        if (i < c.end && text.charAt(i) == '不' && (interjection || i + 1 < c.end && text.charAt(i + 1) == '不')) {
            int j = i + 1;
            while (j < c.end && (text.charAt(j) == '不' || PAUSE.indexOf(text.charAt(j)) >= 0)) j++;
            return j > i + 1 || j == c.end || !Normalizer.isHan(text.charAt(j)) || "是".indexOf(text.charAt(j)) >= 0;
        }
        int b = n.start();
        while (b > c.start && text.charAt(b - 1) == ' ') b--;
        if (b - 2 < c.start || !text.startsWith("不是", b - 2)) return false;
        // 30个哦不是32个: 不是 after an interjection took back the figure before it, not this one.
        int p = b - 2;
        while (p > c.start && text.charAt(p - 1) == ' ') p--;
        return p == c.start || "哦噢喔啊呃嗯额".indexOf(text.charAt(p - 1)) < 0;
    }

    /**
     * "晚饭三十二 不对 晚饭也是5个 打错了": after a correction said in an earlier statement, 打错了 ending
     * the statement that gives the right figure explains the earlier mistake; it takes nothing back.
     */
    private static boolean explainsEarlier(Clause c, int after) {
        for (Mention.Count m : c.all(Mention.Count.class)) if (m.start() >= after) return false;
        String before = c.text.substring(0, c.start);
        for (String w : TAKES_BACK) if (before.contains(w)) return true;
        return false;
    }

    /** 哦 said apart from the figure before it (35个哦 is a particle), then a figure; or 哦 then 是 and a figure. */
    private static boolean ohThenFigure(Clause c, int from, int to) {
        // 少了2个哦是3个: 哦 then 是 and a figure says the figure again, however close 哦 stands.
        int at = to;
        boolean restated = at < c.end && c.text.charAt(at) == '是';
        if (restated) at++;
        while (restated && at < c.end && c.text.charAt(at) == ' ') at++;
        if (from >= to || !restated && " ,，".indexOf(c.text.charAt(from)) < 0) return false;
        boolean oh = false;
        for (int k = from; k < to; k++) oh |= "哦噢喔呃额".indexOf(c.text.charAt(k)) >= 0;
        if (!oh) return false;
        // 晚上41 噢 是晚上39: 哦 then 是 and the meal said again with its figure.
        if (restated) at = afterMealWord(c, at);
        for (Mention.Count m : c.all(Mention.Count.class)) if (m.start() == at) return true;
        return false;
    }

    /** Where the figure after a meal or a part of the day at {@code at} may start (晚上39, 晚饭是39); else {@code at}. */
    private static int afterMealWord(Clause c, int at) {
        int end = -1;
        for (Mention m : c.mentions)
            if (m.start() == at && (m instanceof Mention.Meals || m instanceof Mention.Part))
                end = Math.max(end, m.end());
        if (end < 0) return at;
        while (end < c.end && (c.text.charAt(end) == ' ' || c.text.charAt(end) == '是')) end++;
        return end;
    }

    /** Whether a correction word comes right before the figure (…哦不对 四十, …应该是32): it is the figure meant. */
    static boolean corrected(Clause c, Mention.Count n) {
        int b = n.start();
        while (b > c.start && PAUSE.indexOf(c.text.charAt(b - 1)) >= 0) b--;
        String before = c.text.substring(Math.max(c.start, b - 3), b);
        if (before.endsWith("不对") || before.endsWith("应该是") || before.endsWith("更正")) return true;
        return (before.endsWith("不") || before.endsWith("不是")) && wrongBefore(c, n);
    }

    /** A figure taken back earlier in the clause. */
    private static boolean wrongBefore(Clause c, Mention.Count n) {
        for (Mention.Count m : c.all(Mention.Count.class)) if (m.end() <= n.start() && wrong(c, m)) return true;
        return false;
    }

    /** 三十八个 哦不对: 不对 right after a figure corrects it; it is no problem reported. */
    static void dropProblems(List<CueTable.Hit> hits, List<Mention> mentions, String text) {
        hits.removeIf(h -> h.cue() == Cue.PROBLEM
                && text.startsWith("不对", h.start())
                && (afterFigure(mentions, text, h.start())
                        || renamed(text, h.start())
                        || standsApart(text, h.start())));
    }

    /**
     * "1号车韦师傅 不对 黄师傅": 不对 between two names of the same kind (a name and the same two-character
     * ending, 师傅, 号车, 处长) takes back the first name; nothing is wrong.
     */
    private static boolean renamed(String text, int at) {
        int b = at;
        while (b > 0 && PAUSE.indexOf(text.charAt(b - 1)) >= 0) b--;
        int a = at + 2;
        while (a < text.length() && (PAUSE.indexOf(text.charAt(a)) >= 0 || text.charAt(a) == '是')) a++;
        if (b < 3) return false;
        String ending = text.substring(b - 2, b);
        if (!Normalizer.isHan(ending.charAt(0)) || !Normalizer.isHan(ending.charAt(1))) return false;
        return text.startsWith(ending, a + 1) || text.startsWith(ending, a + 2);
    }

    /**
     * "已到九院宾馆 不对 是云上民宿": 不对 said apart, then 是 with the right word, corrects what was said;
     * "房间不对 是大床房" (不对 right after its subject) says something is wrong.
     */
    private static boolean standsApart(String text, int at) {
        if (at == 0 || " ,，".indexOf(text.charAt(at - 1)) < 0) return false;
        int i = at + 2;
        while (i < text.length() && BETWEEN.indexOf(text.charAt(i)) >= 0) i++;
        return text.startsWith("是", i);
    }

    private static boolean afterFigure(List<Mention> mentions, String text, int at) {
        int b = at;
        while (b > 0 && BETWEEN.indexOf(text.charAt(b - 1)) >= 0) b--;
        // 44 不对不对: the correction said twice.
        while (b >= 2 && text.startsWith("不对", b - 2)) {
            b -= 2;
            while (b > 0 && BETWEEN.indexOf(text.charAt(b - 1)) >= 0) b--;
        }
        for (Mention m : mentions) if (m instanceof Mention.Count && m.end() == b) return true;
        return false;
    }
}
