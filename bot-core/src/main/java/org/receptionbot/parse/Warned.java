package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A problem warned against is none: "东西别落车上", "不要丢了房卡", "请勿遗失" tell everyone what to avoid; the problem word
 * right after the warning reports nothing, and the warning is a notice.
 */
final class Warned {
    /** Words of warning that may come right before the problem word. */
    private static final String[] WARNINGS = {"别", "不要", "请勿", "切勿", "千万别", "当心", "小心"};
    /** The cues of a problem said that a warning takes back (a diet asked for, 不要辣, is still one). */
    private static final List<Cue> PROBLEMS = List.of(Cue.OTHER_PROBLEM, Cue.PROBLEM, Cue.LOST_WAY);

    private Warned() {}

    /** Turns the problems warned against in {@code hits} into notices. */
    static void apply(List<CueTable.Hit> hits, String text) {
        List<CueTable.Hit> warned = new ArrayList<>();
        for (CueTable.Hit h : hits) {
            int from = PROBLEMS.contains(h.cue()) ? warning(text, h.start()) : -1;
            if (from >= 0) warned.add(new CueTable.Hit(Cue.NOTICE, from, h.end()));
        }
        if (warned.isEmpty()) return;
        hits.removeIf(h -> PROBLEMS.contains(h.cue()) && warning(text, h.start()) >= 0);
        hits.addAll(warned);
    }

    /** What before 别 makes it part of a word (识别错了, 特别, 分别), no warning. */
    private static final String IN_WORD = "识区分告级特类个派性差离送鉴辨";

    /** Where the warning right before {@code at} starts, or -1. */
    private static int warning(String text, int at) {
        for (String w : WARNINGS) {
            int from = at - w.length();
            if (from < 0 || !text.startsWith(w, from)) continue;
            if (from > 0 && IN_WORD.indexOf(text.charAt(from - 1)) >= 0) continue;
            return from;
        }
        return -1;
    }
}
