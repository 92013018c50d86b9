package org.receptionbot.parse;

import java.util.List;

/**
 * "#接龙 今晚晚餐人数 / 1. 湖北 58 / … / 7. 西藏 28个 2个发烧在房间": in a message of several lines (a 接龙 or any
 * list, numbered 1. 1、 ① or not), a remark that names no delegation belongs to the delegation its own line
 * names, not to the first one of the message. On one line ("湖北58 四川48 西藏28个 2个发烧在房间"), a list item
 * right before the remark (one delegation with its figure, among several named) is the one it is of.
 */
final class LineTeams {
    private LineTeams() {}

    /**
     * The delegation {@code c}'s line (or the list item right before it) names, or null (the message's first
     * delegation or the sender's is then the one, as before).
     */
    static String of(Clause c, List<Clause> clauses) {
        if (c.text.indexOf('\n') < 0) return itemBefore(c, clauses);
        int lineStart = c.text.lastIndexOf('\n', Math.max(0, c.start - 1)) + 1;
        for (Clause k : clauses) {
            if (k.start < lineStart || k.start > c.start) continue;
            List<String> teams = k.teams();
            if (!teams.isEmpty()) return teams.get(0);
        }
        return null;
    }

    /** The one delegation of the clause right before {@code c}, said with a figure, in a message naming several. */
    private static String itemBefore(Clause c, List<Clause> clauses) {
        Clause before = null;
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Clause k : clauses) {
            named.addAll(k.teams());
            if (k.end <= c.start) before = k;
        }
        if (before == null || named.size() < 2) return null;
        List<String> teams = before.teams();
        if (teams.size() != 1 || before.all(Mention.Count.class).isEmpty()) return null;
        return teams.get(0);
    }
}
