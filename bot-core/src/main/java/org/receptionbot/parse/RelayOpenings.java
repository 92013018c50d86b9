package org.receptionbot.parse;

import java.util.List;

/**
 * "重庆宵夜30 帮兵团报一下 宵夜25", "湖南宵夜20个 再帮贵州报一下 …", "… 还有兵团 宵夜25", "… 兵团让我帮报一下
 * 宵夜25": after the sender's own report, the words that relay another delegation's report open a statement of
 * their own; that delegation is the subject of what follows them, the sender's stays the subject of what came before.
 */
final class RelayOpenings {
    /** Words that may come before the relay (再帮, 顺便帮, 然后还有). */
    private static final String[] FILLERS = {"然后", "另外", "顺便", "顺带", "再", "也"};

    /** After the delegation: it asked the sender to report for it (兵团让我帮报一下, 贵州托我报). */
    private static final String[] ASKED = {"让我", "叫我", "托我", "请我", "要我"};

    /** How far after the delegation (or the ask) the 报 of the relay may come (帮报, 代报一下). */
    private static final int REACH = 3;

    private RelayOpenings() {}

    /** Whether the words at {@code at} relay another delegation's report (帮兵团报, 还有兵团, 兵团让我帮报). */
    static boolean at(String text, int at, List<Mention> mentions) {
        int i = pastFillers(text, at);
        if (text.startsWith("还有", i)) {
            Mention.Team t = teamAt(i + 2, mentions);
            return t != null && (t.end() == text.length() || text.charAt(t.end()) == ' ');
        }
        char ch = i < text.length() ? text.charAt(i) : ' ';
        if (ch == '帮' || ch == '替') {
            Mention.Team t = teamAt(i + 1, mentions);
            return t != null && reportWithin(text, t.end());
        }
        Mention.Team t = teamAt(i, mentions);
        if (t == null) return false;
        for (String w : ASKED) if (text.startsWith(w, t.end())) return reportWithin(text, t.end() + w.length());
        return false;
    }

    private static int pastFillers(String text, int at) {
        int i = at;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (String f : FILLERS)
                if (text.startsWith(f, i)) {
                    i += f.length();
                    moved = true;
                }
        }
        return i;
    }

    private static Mention.Team teamAt(int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m instanceof Mention.Team t && t.start() == at) return t;
        return null;
    }

    /** 报 of a report within reach of {@code from}, past 帮/代/的/那边 (not 报销, 报名). */
    private static boolean reportWithin(String text, int from) {
        for (int i = from; i < Math.min(text.length(), from + REACH + 2); i++) {
            char ch = text.charAt(i);
            if (ch == '报') return RelayWords.reportAt(text, i);
            if ("帮代替那边的团队".indexOf(ch) < 0) return false;
        }
        return false;
    }
}
