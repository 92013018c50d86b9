package org.receptionbot.parse;

/**
 * "还有2个陪发烧的队员在医院输液", "1个扭伤的在医院住院", "有个发烧的在诊所挂水": an illness named for someone
 * under treatment now is a health matter, however many are with them. Someone pointed back to (发烧那个,
 * 那个受伤的: known before), back or well again (回来了, 出院了, 好了) is no new matter.
 */
final class CarePatients {
    /** Illnesses and injuries that make someone a patient. */
    private static final String[] ILL = {"发烧", "发热", "高烧", "感冒", "受伤", "扭伤", "骨折", "拉肚子", "腹泻", "呕吐", "中暑", "肺炎", "急性"};
    /** Treatment going on now. */
    private static final String[] TREATED = {"输液", "挂水", "打点滴", "吊水", "住院", "在医院", "在诊所", "在卫生院", "急诊"};
    /** Back, well again, or known before: no new matter. */
    private static final String[] OVER = {"回来", "出院", "好了", "好多了", "没事", "退烧", "康复", "还在", "复查", "换药", "看望", "探望"};

    private CarePatients() {}

    /** Whether the words name an illness of someone under treatment now, not pointed back to and not over. */
    static boolean treated(String s) {
        if (!any(s, TREATED)) return false;
        for (String w : OVER) if (s.contains(w)) return false;
        for (String w : ILL) {
            int at = s.indexOf(w);
            if (at >= 0 && !pointedBack(s, at, at + w.length())) return true;
        }
        return false;
    }

    /** Back from care, said after the treatment: "在医院输液的2个回来了", "住院的那个出院了". */
    private static final String[] BACK = {"回来了", "出院了", "都好了", "已经好了", "退烧了"};

    /** "在医院输液的2个回来了": people back from the treatment named before it, no matter to act on. */
    static boolean back(Clause c) {
        if (c.has(Cue.NEED) || c.has(Cue.REQUEST) || c.question) return false;
        String s = c.span();
        int treated = -1;
        for (String w : TREATED) {
            int at = s.indexOf(w);
            if (at >= 0 && (treated < 0 || at < treated)) treated = at;
        }
        if (treated < 0) return false;
        for (String w : BACK) if (s.indexOf(w, treated) > treated) return true;
        return false;
    }

    private static boolean any(String s, String[] words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }

    /** 那个发烧的, 发烧那个: the patient is one the chat knows of already. */
    private static boolean pointedBack(String s, int from, int to) {
        for (int k = Math.max(0, from - 3); k < from; k++) if (s.charAt(k) == '那') return true;
        return to < s.length() && s.charAt(to) == '那' || to + 1 < s.length() && s.charAt(to + 1) == '那';
    }
}
