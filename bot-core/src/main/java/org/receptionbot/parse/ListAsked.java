package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * A list of people asked to be sent or checked ("麻烦会务组把明天北海线的名单和车牌号发我一下", "请会务组今晚把分车名单发一下",
 * "麻烦把柳州线最终人数和车牌号发我一下", "麻烦随车联络员核一下名单发给我们"): paperwork someone must act on, an ISSUE
 * {@code OTHER} whatever vehicle the list names. Said as done or promised (名单马上发您, 我把名单发给陈科长了), asked of
 * peers in private (私发我), asked of every delegation (请各厅今晚把名单发一下: a notice), or only plates asked (请把车牌发一下),
 * it is no request to act on.
 */
final class ListAsked {
    /** 把 … 名单/人数 … 发我一下, 发过来, 发给我们, 发一份. */
    private static final Pattern SENT =
            Pattern.compile("把[^，。,；;！!？?]{0,24}?(?:名单|花名册|人数|信息表)[^，。,；;！!？?]{0,16}?(?:发|传)(?:我|给我|过来|一下|一份|给我们)");
    /** 核一下名单发给我们, 核对一下名单: the list asked to be checked. */
    private static final Pattern CHECKED = Pattern.compile("核(?:对|实)?(?:一下|一遍)?名单");
    /** Said by whoever sends it: done or promised. */
    private static final Pattern OWN = Pattern.compile("我(?:们)?(?:这边|马上|这就|稍后|等下|等会|一会儿?|已经|今晚|明早)?把");

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
                || OWN.matcher(words).find()) return false;
        return SENT.matcher(words).find() || CHECKED.matcher(words).find();
    }
}
