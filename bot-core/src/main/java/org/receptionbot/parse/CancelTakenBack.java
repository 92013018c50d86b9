package org.receptionbot.parse;

import java.util.List;

/**
 * "晚饭不取消了 照常吃", "明天中午不用取消了", "早餐先别取消": a cancel word under a negation takes the
 * cancellation back; the meal is as planned. The cancel hits inside the negated words give way to one
 * {@link Cue#AS_PLANNED} hit over them.
 */
final class CancelTakenBack {
    /** Cancel words a negation can take back. */
    private static final String[] CANCELS = {"取消", "退餐"};
    /** Negations right before the cancel word, longest first. */
    private static final String[] NEGATIONS = {"不需要", "不用", "不要", "不必", "无需", "没有", "不", "别", "没"};

    private CancelTakenBack() {}

    static void apply(List<CueTable.Hit> hits, String text) {
        for (int i = 0; i < hits.size(); i++) {
            CueTable.Hit h = hits.get(i);
            if (h.cue() != Cue.CANCEL || !cancelWord(text, h)) continue;
            int from = negationBefore(text, h.start());
            if (from < 0) continue;
            int end = h.end();
            hits.removeIf(o -> o.cue() == Cue.CANCEL && o.start() >= from && o.end() <= end);
            int at = 0;
            while (at < hits.size() && hits.get(at).start() <= from) at++;
            hits.add(at, new CueTable.Hit(Cue.AS_PLANNED, from, end));
            i = at;
        }
    }

    private static boolean cancelWord(String text, CueTable.Hit h) {
        for (String w : CANCELS) if (h.end() - h.start() == w.length() && text.startsWith(w, h.start())) return true;
        return false;
    }

    /** Where a negation ending at {@code at} starts (先 before it too: 先别取消), or -1. */
    private static int negationBefore(String text, int at) {
        for (String n : NEGATIONS) {
            int from = at - n.length();
            if (from >= 0 && text.startsWith(n, from))
                return from > 0 && text.charAt(from - 1) == '先' ? from - 1 : from;
        }
        return -1;
    }
}
