package org.receptionbot.parse;

/**
 * "刚才有个厅说北海线加2人，是哪个厅的？", "有人说柳州线少1个，哪个厅说的？": a coordinator passing on what an
 * unnamed delegation said reports nothing of their own; the delegation is asked for in the chat, and the
 * change is recorded when it reports itself.
 */
final class HearsayChange {
    /** Someone unnamed said it. */
    private static final String[] SAID_BY_SOMEONE = {
        "有个厅说", "有个厅的说", "有厅说", "有人说", "有个代表团说", "有个团说", "有个单位说", "有个省说", "有个联络员说", "听说有个厅", "听说有"
    };

    private HearsayChange() {}

    /** Whether the message, up to the end of {@code c}, passes on what someone unnamed said. */
    static boolean said(Clause c, String original) {
        String upTo = original.substring(0, Math.min(c.end, original.length()));
        for (String w : SAID_BY_SOMEONE) if (upTo.contains(w)) return true;
        return false;
    }
}
