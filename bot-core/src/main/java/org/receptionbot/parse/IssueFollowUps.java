package org.receptionbot.parse;

import org.receptionbot.record.Issue;

/**
 * "洗澡水还是冷的", "空调仍然不制冷", "车又没来", "那两个还在医院输液": a problem said as still or again so follows up the one
 * reported before; "另外空调也坏了", "还有一个房间没热水": another problem besides it.
 */
final class IssueFollowUps {
    /** Still or again so. */
    private static final String[] STILL = {"还是", "仍然", "仍旧", "依旧", "依然", "还没", "还在", "仍在", "又", "一直", "到现在"};
    /** Another matter besides. */
    private static final String[] BESIDES = {"另外", "还有", "另一", "也"};

    private IssueFollowUps() {}

    /** How the statement ties to a problem reported before; still wins over besides (也还是冷的). */
    static Issue.Said said(String statement) {
        if (any(statement, STILL)) return Issue.Said.STILL;
        return any(statement, BESIDES) ? Issue.Said.BESIDES : Issue.Said.PLAIN;
    }

    private static boolean any(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }
}
