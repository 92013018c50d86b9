package org.receptionbot.parse;

/**
 * Requests among the staff that ask nobody to fix anything: a bus asked to wait for people ("5号车麻烦等一下内蒙的同志"),
 * word to be passed on ("麻烦跟宴会厅说一声", "麻烦随车联络员出发后报一下"), who takes a duty ("送机谁负责"), or
 * meals readied by the list ("晚饭麻烦按名单订"). With no
 * problem word in the clause, the vehicle or meal named beside the request is no problem; and a self-correction word
 * ("报了山东 不对 山东是东站") is no problem word.
 */
final class StaffErrands {
    /** A vehicle or its people asked to wait a moment. */
    private static final String[] WAIT = {"等一下", "等一等", "等等", "稍等", "等会儿", "等一会", "先别走", "先别开"};

    /** Word asked to be passed on or reported. */
    private static final String[] PASS = {"说一声", "讲一声", "打个招呼", "报一下", "报个信", "通知一下", "告诉一下", "知会一声", "回个话", "说一下"};

    /** Meals or seats to be readied by a list or the figures reported (晚饭麻烦按名单订). */
    private static final String[] BY_LIST = {"按名单", "照名单", "以名单为准", "按报的", "按报上来的", "按这个数", "按实际人数", "按接龙", "按统计的"};

    /** Who takes a duty, asked among the staff. */
    private static final String[] WHO = {"谁负责", "谁来负责", "谁来安排", "谁安排", "谁去送", "谁去接", "谁管"};

    /** Cues that say something is wrong, which an errand beside them does not hide. */
    private static final Cue[] WRONG = {
        Cue.BROKEN,
        Cue.MISSING,
        Cue.UNREACHABLE,
        Cue.LOST_WAY,
        Cue.MEAL_PROBLEM,
        Cue.OTHER_PROBLEM,
        Cue.HEALTH,
        Cue.ILL,
        Cue.CARE,
        Cue.NEED
    };

    /** The sender's own slip, said standing alone (不对, 我看错了, 打错了). */
    private static final String[] SLIPS = {"不对", "看错了", "写错了", "打错了", "说错了", "报错了", "记错了", "搞错了", "弄错了"};

    private StaffErrands() {}

    /** Whether the clause's request only asks to wait, pass word on or say who takes a duty. */
    static boolean only(Clause c) {
        if (!c.has(Cue.REQUEST)) return false;
        for (Cue w : WRONG) if (c.has(w)) return false;
        if (c.has(Cue.PROBLEM) && !correctionOnly(c)) return false;
        return IssueMatters.has(c, WAIT)
                || IssueMatters.has(c, PASS)
                || IssueMatters.has(c, WHO)
                || IssueMatters.has(c, BY_LIST);
    }

    /**
     * Whether every problem word of the clause is the sender's own slip, said standing alone ("目前报了山东 不对 山东是东站",
     * "对对 是8号中巴 打错了"); a thing that is wrong (房间不对, 胸牌打错了) stays a problem.
     */
    static boolean correctionOnly(Clause c) {
        if (!c.has(Cue.PROBLEM)) return false;
        int n = c.end - c.start;
        boolean[] problem = new boolean[n];
        c.cues.cover(Cue.PROBLEM, problem, "", "");
        boolean[] slip = new boolean[n];
        boolean any = false;
        for (String w : SLIPS)
            for (int at = c.text.indexOf(w, c.start);
                    at >= 0 && at + w.length() <= c.end;
                    at = c.text.indexOf(w, at + 1)) {
                if (!alone(c, at)) continue;
                for (int i = at; i < at + w.length(); i++) slip[i - c.start] = true;
                any = true;
            }
        if (!any) return false;
        for (int i = 0; i < n; i++) if (problem[i] && !slip[i]) return false;
        return true;
    }

    /**
     * Whether the word at {@code at} opens its own stretch: after a space, a pause (…), the clause's start, 哦 or 我; or
     * after 刚才 with at most what was said between ("刚才打错了", "刚才1号车说错了").
     */
    private static boolean alone(Clause c, int at) {
        if (at == c.start) return true;
        char before = c.text.charAt(at - 1);
        if (Character.isWhitespace(before) || "哦噢啊呃额我…".indexOf(before) >= 0) return true;
        int just = c.text.lastIndexOf("刚才", at);
        if (just < c.start) return false;
        for (int i = just + 2; i < at; i++) if (!mentioned(c, i)) return false;
        return true;
    }

    /** Whether a mention (a vehicle, a figure, a meal) covers the character at {@code i}. */
    private static boolean mentioned(Clause c, int i) {
        for (Mention m : c.mentions) if (m.start() <= i && i < m.end()) return true;
        return false;
    }
}
