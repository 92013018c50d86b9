package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "早上数的那3个在场馆没回来", "中午报的那5个去医院陪护了", "刚才说的那两个还没到": people pointed back at by when they were
 * counted or reported. The figure is the earlier count's, not a report of a meal, and the time said with it is when
 * they were counted, no meal: that time is blanked (positions kept), unless a movement or a change of theirs follows
 * ("早上说的那3个明天走" keeps its day).
 */
final class CountedBefore {
    private static final String WHEN = "(?:(?<![昨天])(?:今天)?(?:晚上|早上|早晨|上午|下午|中午|傍晚)|今早|刚才|刚刚)";
    private static final String SAID = "(?:我们?)?(?:数|点|清点|报|说|讲|提|统计)(?:过)?了?的";
    private static final String GROUP =
            "那\\s{0,2}(?:\\d{1,3}|[一二两三四五六七八九十俩仨]{1,3})\\s{0,2}(?:个人|个|位|名|人)?" + "(?:队员|同志|运动员|教练|人)?";
    /** What makes the group's figure a movement's or a change's: read as said. */
    private static final String MOVES = "(?![^，,。；;\\s]{0,6}(?:走|到|离开|出发|返程|回去|改|换|加|减|退房))";

    private static final List<Pattern> PATTERNS = List.of(Pattern.compile(WHEN + "(?=" + SAID + GROUP + MOVES + ")"));

    private CountedBefore() {}

    /** The text with the time of each group's earlier count blanked; the same string when there is none. */
    static String blank(String text) {
        return text.indexOf('那') >= 0 && text.indexOf('的') >= 0 ? Blanking.blank(text, PATTERNS) : text;
    }
}
