package org.receptionbot.parse;

/**
 * A list of people asked to be sent or checked ("麻烦会务组把明天北海线的名单和车牌号发我一下", "请会务组今晚把分车名单发一下",
 * "麻烦把柳州线最终人数和车牌号发我一下", "麻烦随车联络员核一下名单发给我们"): paperwork someone must act on, an ISSUE
 * {@code OTHER} whatever vehicle the list names. Said as done or promised (名单马上发您, 我把名单发给陈科长了), asked of
 * peers in private (私发我), asked of every delegation (请各厅今晚把名单发一下: a notice), or only plates asked (请把车牌发一下),
 * it is no request to act on. The words are in {@link IssueWords}.
 */
final class ListAsked {
    private ListAsked() {}

    /**
     * "柳州线的联络员麻烦把本团名单私发我一下", "请北海线的联络员把名单发我 我要点名": a list asked of the liaisons, in private
     * or of a route's, by a bus liaison: nobody's matter to act on.
     */
    static boolean privately(Clause c) {
        String words = c.span();
        if (!words.contains("名单") && !words.contains("人数")) return false;
        // 请北海线的联络员把名单发我: a bus liaison asking the route's liaisons.
        return words.contains("私发") && words.contains("联络员") || words.contains("线的联络员") || words.contains("线联络员");
    }

    /** Whether the clause asks for a list of people to be sent or checked. */
    static boolean said(Clause c) {
        String words = c.span();
        // 请会务组今晚把分车名单发一下: 请 opens the request wherever the clause was cut.
        if (!IssueKind.asking(c) && !words.contains("请")) return false;
        // 请各厅今晚把名单发一下: asked of every delegation, a notice.
        if (privately(c)
                || words.contains("私发")
                || words.contains("各")
                || words.contains("大家")
                || IssueWords.LIST_OWN.matcher(words).find()) return false;
        return IssueWords.LIST_SENT.matcher(words).find()
                || IssueWords.LIST_CHECKED.matcher(words).find();
    }
}
