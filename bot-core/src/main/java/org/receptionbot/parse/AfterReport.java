package org.receptionbot.parse;

import java.util.List;

/**
 * What opens a statement of its own after a space that follows a complete report (a subject with its
 * figure said last): another figure ("40人早饭 30人午饭", "晚饭25个 有两个去医院陪护了"), a word of the past
 * ("早餐改30 昨天报的32多了两个") or a question that names nothing ("宵夜要20个 还是在民宿那边吗").
 */
final class AfterReport {

    private AfterReport() {}

    /** "36个人中午吃饭": only eating words between the last mention and the space. */
    private static boolean eatingOnly(String text, int from, int to) {
        if (from < 0 || from >= to) return false;
        String words = text.substring(from, to);
        return words.equals("吃饭") || words.equals("吃") || words.equals("用餐") || words.equals("就餐");
    }

    /** Whether the words after the space at {@code at} open a new statement. */
    static boolean opens(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int from = at + 1;
        int end = from;
        while (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) end++;
        Mention next = null;
        int lastEnd = -1;
        for (Mention m : mentions) {
            if (m.start() < from) lastEnd = Math.max(lastEnd, m.end());
            else if (next == null) next = m;
        }
        // 四十 哦不 四十二: words after the last figure (a correction, an interjection) leave the report open.
        if (lastEnd != at && !eatingOnly(text, lastEnd, at)) return false;
        if (next instanceof Mention.Count
                && (next.start() == from || text.startsWith("有", from) && next.start() == from + 1)) return true;
        boolean question = false;
        for (CueTable.Hit h : hits) {
            if (h.start() == from && h.cue() == Cue.PAST && next instanceof Mention.Day && next.start() == from)
                return true;
            question |= h.start() >= from && h.end() <= end && h.cue() == Cue.QUESTION;
        }
        return question && (next == null || next.start() >= end);
    }
}
