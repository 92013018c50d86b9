package org.receptionbot.parse;

/**
 * "下午比赛完直接回", "比完赛就回酒店", "打完比赛回驻地": the team back after competing is back at its hotel, not
 * leaving the event; the clause records no departure. A way home, a train or flight or a day's leaving said with it
 * ("比赛完直接回家", "比赛完坐G1234回", "比赛完就返程") is a trip away, left to the departure rules.
 */
final class BackAfterCompeting {
    /** Words of the games just over. */
    private static final String[] DONE = {"比赛完", "比完赛", "比完", "打完比赛", "赛后", "比赛结束"};

    /** Ways back that keep the team at the event: the bare verb at the clause's end, or the hotel named. */
    private static final String[] BACK = {"回", "回来", "回酒店", "回宾馆", "回驻地", "回住地", "回住处"};

    private BackAfterCompeting() {}

    /** Whether {@code c} says the team goes back, to its hotel, once its games are over. */
    static boolean said(Clause c) {
        if (!c.all(Mention.Transport.class).isEmpty()) return false;
        String span = c.span().strip();
        int done = -1;
        for (String w : DONE) {
            int at = span.indexOf(w);
            if (at >= 0 && (done < 0 || at < done)) done = at;
        }
        if (done < 0) return false;
        String rest = span.substring(done).replaceAll("[了哈啊呀。！!~]+$", "");
        for (String w : BACK) if (rest.endsWith(w) && rest.lastIndexOf('回') == rest.length() - w.length()) return true;
        return false;
    }
}
