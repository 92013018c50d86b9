package org.receptionbot.parse;

import java.util.List;

/**
 * "柳州线加1人 百色的少一个", "百色少两个 柳州加两个": the same figure joining one route and leaving another,
 * said one right after the other for the same delegation, is one switch from the route left to the one joined.
 */
final class VisitPairs {
    private VisitPairs() {}

    /** Folds the change just placed (from the {@code before}-th draft on) into the one before; whether it did. */
    static boolean merge(Drafts drafts, int before, boolean switched) {
        List<Draft> all = drafts.since(0);
        if (before == 0 || all.size() != before + 1) return false;
        Draft earlier = all.get(before - 1);
        Draft now = all.get(before);
        if (earlier.kind != Draft.Kind.VISIT_CHANGE || now.kind != Draft.Kind.VISIT_CHANGE) return false;
        if (earlier.team == null || !earlier.team.equals(now.team) || earlier.missing != null || now.missing != null)
            return false;
        // 不去柳州了，全团改北海: a drop-out, then a switch to a route (改, 换), is one switch of the same people.
        boolean switchAfterDrop = switched && now.from == null && now.to != null && earlier.to == null;
        if (switchAfterDrop
                ? !java.util.Objects.equals(earlier.count, now.count) && now.count != null
                : earlier.count == null || !earlier.count.equals(now.count)) return false;
        Draft join = earlier.from == null && earlier.to != null ? earlier : now;
        Draft drop = join == earlier ? now : earlier;
        if (join.from != null || join.to == null || drop.from == null || drop.to != null) return false;
        if (join.to.equals(drop.from) || apart(now.statement)) return false;
        if (!switchAfterDrop && said(drop.statement, DROPPED)) {
            // 北海线有1个临时有会 不去了 柳州线加1个: the same person switching, or one more: asked.
            if (join == now) now.missing = org.receptionbot.message.Gap.Field.UNCLEAR;
            return false;
        }
        earlier.from = drop.from;
        earlier.to = join.to;
        drafts.dropLastStatement();
        return true;
    }

    /** 另外北海加1个: a further change, not the other half of a switch. */
    private static boolean apart(String statement) {
        String s = statement.strip();
        for (String w : FURTHER) if (s.startsWith(w)) return true;
        return false;
    }

    private static boolean said(String statement, String[] words) {
        for (String w : words) if (statement.contains(w)) return true;
        return false;
    }

    private static final String[] FURTHER = {"另外", "此外", "另", "还有", "同时", "再"};
    /** 有1个说不去了: someone dropping out for their own reason, not moved to the route joined. */
    private static final String[] DROPPED = {"不去", "去不了", "不参加", "退出", "取消"};
}
