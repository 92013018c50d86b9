package org.receptionbot.parse;

import java.util.List;

/**
 * "有8个人今天下午先走 明天剩下的走", "明天上午先走10人 坐K1158 后天剩余人员全部离开": after a movement, a day or a time said
 * right before the rest of the delegation (剩下的, 剩余人员, 其余的) is the rest's own, so the space before it ends the
 * movement's statement; the day is not carried back onto the people who left first.
 */
final class RestOnItsDay {
    private RestOnItsDay() {}

    /** Whether a day, a part of the day or a clock time opens the text at {@code at + 1} and the rest follows it. */
    static boolean opens(int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int pos = at + 1;
        boolean timed = false;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (Mention m : mentions) {
                if (m.start() == pos
                        && m.end() > pos
                        && (m instanceof Mention.Day || m instanceof Mention.Part || m instanceof Mention.Clock)) {
                    pos = m.end();
                    timed = moved = true;
                    break;
                }
            }
        }
        return timed && CuesAt.startsWith(pos, hits, Cue.REST);
    }
}
