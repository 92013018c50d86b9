package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A noun phrase naming a group by when it moved, today or before ("昨晚后到的5个人", "早上先走的那3个",
 * "昨天下午到的两位领导"), describes the people, not the report: its time and movement are blanked
 * (positions kept) up to the group, so the statement takes its own time, date and meal
 * ("昨晚后到的5个人今早7点20到了" is an arrival of 5 at 07:20 today, with no dinner in it; "早上先走的3个人
 * 中午不吃了" takes 3 off lunch and reports no departure again). A group that will move (明天先走的) may be
 * a report of that movement and is left as it is.
 */
final class GroupTimes {
    private static final String DAY = "(?:昨天|前天|今天|昨|今|前)";
    private static final String PART = "(?:晚上|早上|早晨|上午|下午|中午|凌晨|半夜|夜里|傍晚)";
    private static final String CLOCK = "(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})[点:：](?:半|\\d{1,2}分?|[一二三四五]十[一二三四五六七八九]?分?)?";
    /** 昨晚, 今早 and 昨夜 take a one-character part of the day (昨天晚到 is arriving late); 明天上午 is ahead. */
    private static final String TIME = "(?:" + DAY + PART + "?|[昨今前][晚早夜]|(?<![明后]天?)" + PART + ")(?:" + CLOCK + ")?";
    /**
     * The movement said of the group and 的, before the group (a figure, or people) whose own clause
     * goes on to a movement or a meal ("…的6个人都参加了上午的会" says nothing of them to record).
     */
    private static final String GROUP = "\\s{0,2}(?:先|后|才|晚|提前|已经|刚|刚刚)?(?:到|走|来|离开|抵达|回来|出发|离会|返回|返程)了?的"
            + "(?=(?:那|这)?(?:些|几)?\\s{0,2}(?:\\d|[一二两三四五六七八九十几]|人|队员|同志|运动员|领导|代表(?!团|队)|教练))"
            + "(?=[^\\s，,。；;！!？?]{1,16}?(?:到|走|离开|抵达|回来|出发|吃|餐|饭|取消))";

    private static final List<Pattern> PATTERNS = List.of(Pattern.compile(TIME + GROUP));

    private GroupTimes() {}

    /** The text with each group's time word blanked; the same string when there is none. */
    static String blank(String text) {
        // Every match holds GROUP's movement (到, 走, 来, 离开, 抵达, 回来, 出发, 离会, 返回, 返程), 了 or not, then 的.
        return Blanking.deAfterVerb(text, "到走来开达发会回程") ? Blanking.blank(text, PATTERNS) : text;
    }
}
