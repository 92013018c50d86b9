package org.receptionbot.parse;

import java.util.List;

/**
 * "晚饭不取消了 照常吃", "明天中午不用取消了", "早餐先别取消": a cancel word under a negation takes the
 * cancellation back; the meal is as planned. So does a negation before what is cancelled ("别把我们晚饭全取消了",
 * "不要全部取消"). The cancel hits inside the negated words give way to one {@link Cue#AS_PLANNED} hit over them.
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
            if (h.cue() != Cue.CANCEL) continue;
            int from = cancelWord(text, h) ? negationBefore(text, h.start()) : deniedBefore(text, h);
            if (from < 0) continue;
            int end = h.end();
            hits.removeIf(o -> o.cue() == Cue.CANCEL && o.start() >= from && o.end() <= end);
            int at = 0;
            while (at < hits.size() && hits.get(at).start() <= from) at++;
            hits.add(at, new CueTable.Hit(Cue.AS_PLANNED, from, end));
            i = at;
        }
    }

    /** Denials of a negative cancel word, longest first: 早饭不是不吃, 并不是不回来吃, 没说不吃. */
    private static final String[] DENIALS = {"并不是说", "不是说", "并不是", "没有说", "不是", "没说"};

    /**
     * "早饭不是不吃 是要打包带走", "晚上不是不回来吃 是晚一点回来": a negative cancel word (不吃, 不回来吃) denied right before
     * it is the meal eaten; where the denial starts, or -1.
     */
    private static int deniedBefore(String text, CueTable.Hit h) {
        if (text.charAt(h.start()) != '不') return -1;
        for (String d : DENIALS) {
            int from = h.start() - d.length();
            if (from >= 0 && text.startsWith(d, from)) return from;
        }
        return -1;
    }

    private static boolean cancelWord(String text, CueTable.Hit h) {
        for (String w : CANCELS) if (h.end() - h.start() == w.length() && text.startsWith(w, h.start())) return true;
        return false;
    }

    /** Words of how much is cancelled, between a negation and the cancel word (不要全部取消, 别都取消). */
    private static final String[] WHOLLY = {"全部", "全都", "都给", "全给", "都", "全", "给"};
    /** How far before the cancel word 把 may stand, with what is cancelled between (别把我们晚饭全取消了). */
    private static final int OBJECT_REACH = 10;

    /**
     * Where a negation before the cancel word at {@code at} starts: right before it, past a word of how much
     * (不要全部取消), or before 把 and what is cancelled (别把我们晚饭全取消了); or -1.
     */
    private static int negationBefore(String text, int at) {
        int right = negationEnding(text, at);
        if (right >= 0) return right;
        for (String w : WHOLLY)
            if (at - w.length() >= 0 && text.startsWith(w, at - w.length())) {
                int past = negationEnding(text, at - w.length());
                if (past >= 0) return past;
                break;
            }
        for (int i = at - 1; i >= 0 && i >= at - OBJECT_REACH; i--) {
            char c = text.charAt(i);
            if (Clause.SEPARATORS.indexOf(c) >= 0) return -1;
            if (c == '把') return negationEnding(text, i);
        }
        return -1;
    }

    /** Where a negation ending at {@code at} starts (先 before it too: 先别取消), or -1. */
    private static int negationEnding(String text, int at) {
        for (String n : NEGATIONS) {
            int from = at - n.length();
            if (from >= 0 && text.startsWith(n, from))
                return from > 0 && text.charAt(from - 1) == '先' ? from - 1 : from;
        }
        return -1;
    }
}
