package org.receptionbot.parse;

import java.util.List;

/**
 * "柳州那边问明天要不要派车送 我说不用": a car or a service offered as a choice (要不要派车, 需不需要用车)
 * and declined later in the same message (不用, 不需要) is asked of no one.
 */
final class DeclinedOffers {
    private static final String[] CHOICES = {"要不", "需不"};
    private static final String[] DECLINED = {"不用", "不需要", "没必要", "不要了"};
    /** Words before a decline that make it a complaint about it (谁说不用). */
    private static final String[] DISPUTED = {"谁说", "怎么说", "怎么又"};

    private DeclinedOffers() {}

    /** Drops from {@code hits} the requests offered as a choice and declined after. */
    static void drop(List<CueTable.Hit> hits, String text) {
        if (text.indexOf("要不要") < 0 && text.indexOf("需不需要") < 0) return;
        hits.removeIf(h -> (h.cue() == Cue.REQUEST || h.cue() == Cue.NEED)
                && offered(text, h.start())
                && declinedAfter(text, h.end()));
    }

    private static boolean offered(String text, int at) {
        for (String w : CHOICES) if (at >= 2 && text.startsWith(w, at - 2)) return true;
        return false;
    }

    private static boolean declinedAfter(String text, int from) {
        for (String w : DECLINED) {
            int at = text.indexOf(w, from);
            if (at < 0) continue;
            for (String d : DISPUTED) if (at >= d.length() && text.startsWith(d, at - d.length())) return false;
            return true;
        }
        return false;
    }
}
