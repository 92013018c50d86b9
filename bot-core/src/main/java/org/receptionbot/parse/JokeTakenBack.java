package org.receptionbot.parse;

import java.util.List;

/**
 * "海南今天中午和晚上都不在这边吃了 哈哈开玩笑的 照常24人", "我说的开玩笑的 我们照常吃啊": what the sender
 * said before calling it a joke is taken back. Before the message is read, everything before the joke word
 * is blanked but the delegations, days, parts of the day and meals it names (and the 和/、 joining them), so
 * the statement after the joke is read with them. 不是开玩笑的 takes nothing back, nor does a joke with no
 * statement after it.
 */
final class JokeTakenBack {
    /** Words that call what was said a joke. */
    private static final String[] JOKES = {"开玩笑", "开个玩笑", "逗你们的", "逗你的", "逗你们玩", "逗你玩", "骗你们的", "骗你的", "说着玩"};
    /** Negations that make the joke word say the opposite (不是开玩笑的, 没开玩笑, 别开玩笑). */
    private static final String NOT = "不没别";
    /** What joins two kept mentions (中午和晚上). */
    private static final String JOINS = "和跟与及、";
    /** What the blanked span also takes after the joke word (开玩笑的哈哈，). */
    private static final String TRAILING = "的哈呢啦了啊呀嘛 ,，!！~～";

    private JokeTakenBack() {}

    /** The text with the statement taken back blanked; the same string when there is none. */
    static String blank(String text, List<Mention> mentions) {
        if (text.indexOf('玩') < 0 && text.indexOf('逗') < 0 && text.indexOf('骗') < 0) return text;
        int end = -1;
        for (String w : JOKES) {
            int at = text.lastIndexOf(w);
            if (at < 0 || negated(text, at)) continue;
            end = Math.max(end, at + w.length());
        }
        if (end < 0) return text;
        while (end < text.length() && TRAILING.indexOf(text.charAt(end)) >= 0) end++;
        if (!statementAfter(text, end, mentions)) return text;
        char[] chars = text.toCharArray();
        Mention kept = null;
        for (int i = 0; i < end; i++) {
            Mention m = keptAt(mentions, i);
            if (m != null) {
                if (kept != null) for (int k = kept.end(); k < m.start(); k++) keepJoin(text, chars, k, kept, m);
                kept = m;
                i = m.end() - 1;
                continue;
            }
            chars[i] = ' ';
        }
        return new String(chars);
    }

    /** Restores 和 between two kept mentions right next to it (中午和晚上). */
    private static void keepJoin(String text, char[] chars, int k, Mention before, Mention after) {
        if (after.start() - before.end() == 1 && JOINS.indexOf(text.charAt(k)) >= 0) chars[k] = text.charAt(k);
    }

    private static boolean negated(String text, int at) {
        for (int k = Math.max(0, at - 2); k < at; k++) if (NOT.indexOf(text.charAt(k)) >= 0) return true;
        return false;
    }

    /** Whether a figure, a meal or an as-planned word follows the joke. */
    private static boolean statementAfter(String text, int from, List<Mention> mentions) {
        for (Mention m : mentions)
            if (m.start() >= from && (m instanceof Mention.Count || m instanceof Mention.Meals)) return true;
        for (String w : new String[] {"照常", "正常", "照样", "照吃", "都吃", "还是"}) if (text.indexOf(w, from) >= 0) return true;
        return false;
    }

    private static Mention keptAt(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            boolean kept = m instanceof Mention.Team
                    || m instanceof Mention.Day
                    || m instanceof Mention.Part
                    || m instanceof Mention.Meals;
            if (kept && m.start() == i) return m;
        }
        return null;
    }
}
