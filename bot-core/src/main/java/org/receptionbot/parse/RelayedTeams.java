package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * "贵州晚上48 帮四川报一下 四川晚上全团不吃": the delegation named in the words that relay its report (帮/替 …报) is
 * named again where its report is said; in the relay words it is the subject of nothing, so the figure said before
 * them stays the sender's own. Taken out of the mentions only when named again later.
 */
final class RelayedTeams {
    /** How far after the delegation the 报 or 说 of the relay may come (那边, 的 between). */
    private static final int REACH = 4;

    private RelayedTeams() {}

    static void apply(String text, List<Mention> mentions) {
        if (text.indexOf('帮') < 0 && text.indexOf('替') < 0) return;
        List<Mention> relayed = new ArrayList<>(1);
        for (Mention m : mentions)
            if (m instanceof Mention.Team t && inRelay(text, t) && namedAgain(mentions, t)) relayed.add(m);
        mentions.removeAll(relayed);
    }

    private static boolean inRelay(String text, Mention.Team t) {
        if (t.start() == 0 || "帮替".indexOf(text.charAt(t.start() - 1)) < 0) return false;
        for (int i = t.end(); i < Math.min(text.length(), t.end() + REACH); i++) {
            char ch = text.charAt(i);
            if (ch == '报' || ch == '说') return true;
            if ("那边的团队".indexOf(ch) < 0) return false;
        }
        return false;
    }

    private static boolean namedAgain(List<Mention> mentions, Mention.Team t) {
        for (Mention m : mentions)
            if (m instanceof Mention.Team o && o.id().equals(t.id()) && o.start() > t.end()) return true;
        return false;
    }
}
