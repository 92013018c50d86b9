package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "早上走的那10个人已经到机场了", "上午出发的那批12人已经到高铁站了": people who already left, named by
 * their leaving, reaching where they were going, arrive nowhere at the event and leave nowhere again.
 * The group and its reaching are blanked (positions kept), so nothing of it is read as a movement.
 */
final class GoneReaching {
    private static final String TIME = "(?:(?:昨天|今天|昨|今)?(?:晚上|早上|早晨|上午|下午|中午|凌晨|傍晚)|[昨今][晚早])?";
    private static final String LEFT = "(?:先|提前|已经|刚|刚刚)?(?:走|离开|出发|返程|回去|撤)了?的";
    private static final String GROUP = "(?:那|这)?(?:些|几|批|拨|波)?\\s{0,2}"
            + "(?:\\d{1,3}|[一二两三四五六七八九十几]{1,3})?\\s{0,2}(?:个|位|名)?"
            + "(?:人|队员|同志|运动员|领导|代表|教练|老师)?";
    private static final String REACHED = "\\s{0,2}(?:已经|已|都|刚|刚刚|也)?(?:平安|顺利|安全)?(?:到达|抵达|到了|到|落地)";

    private static final List<Pattern> PATTERNS =
            List.of(Pattern.compile("(?<![明后]天?(?:先|提前)?)" + TIME + LEFT + GROUP + REACHED));

    private GoneReaching() {}

    /** The text with each departed group's reaching blanked; the same string when there is none. */
    static String blank(String text) {
        // Every match holds LEFT: 走, 离开, 出发, 返程, 回去 or 撤, 了 or not, then 的.
        return Blanking.deAfterVerb(text, "走开发程去撤") ? Blanking.blank(text, PATTERNS) : text;
    }
}
