package org.receptionbot.parse;

import java.util.List;

/**
 * A meal or a movement asked as a choice reports no cancellation: the verb asked yes-or-no (回不回来吃饭, 吃不吃, 在不在这吃)
 * holds a 不 that denies nothing, and a place asked against another (在党校吃还是回山庄吃) is no place chosen.
 */
final class EitherAsked {
    /** What right after a cancellation makes it one side of a choice asked. */
    private static final String OR = "还是";

    private EitherAsked() {}

    /** Drops from {@code hits} the cancellations that are a choice asked. */
    static void apply(List<CueTable.Hit> hits, String text) {
        hits.removeIf(h -> h.cue() == Cue.CANCEL && (yesOrNo(text, h) || text.startsWith(OR, h.end())));
    }

    /** A 不 in the hit, or right before it, between the same verb twice (回不回, 吃不吃). */
    private static boolean yesOrNo(String text, CueTable.Hit h) {
        for (int k = Math.max(1, h.start() - 1); k < h.end() && k + 1 < text.length(); k++)
            if (text.charAt(k) == '不' && text.charAt(k - 1) == text.charAt(k + 1)) return true;
        return false;
    }
}
