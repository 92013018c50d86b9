package org.receptionbot.parse;

import java.util.List;

/**
 * "#接龙 今晚晚餐人数 / 1. 湖北 58 / … / 7. 西藏 28个 2个发烧在房间": in a message of several lines (a 接龙 or any
 * list, numbered 1. 1、 ① or not), a remark that names no delegation belongs to the delegation its own line
 * names, not to the first one of the message.
 */
final class LineTeams {
    private LineTeams() {}

    /**
     * The first delegation named on {@code c}'s line at or before it, when the message has several lines; else
     * null (the message's first delegation or the sender's is then the one, as before).
     */
    static String of(Clause c, List<Clause> clauses) {
        if (c.text.indexOf('\n') < 0) return null;
        int lineStart = c.text.lastIndexOf('\n', Math.max(0, c.start - 1)) + 1;
        for (Clause k : clauses) {
            if (k.start < lineStart || k.start > c.start) continue;
            List<String> teams = k.teams();
            if (!teams.isEmpty()) return teams.get(0);
        }
        return null;
    }
}
