package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "生病的那个和一个教练留下陪着", "领队加一个教练明天走", "两个病号和一个教练留下", "那个发烧的和一个老师留下": people named
 * by their role or pointed at and described, joined by
 * 和/加/跟, are counted part by part: each part is its own figure (一个, 两个) or one person. No count when a word of
 * a group stands beside them (都, 们, 全团, 其他), which says more people than those named.
 */
final class JoinedPeople {
    /** Words for one person by role, or pointed at (那个, 那位). */
    private static final String ROLE = "(?:教练员|教练|领队|队员|运动员|病号|病人|伤员|队医|医生|司机|裁判|老师|同志|领导|家长|" + "工作人员|志愿者|翻译|那个|那位)";
    /** A part: an optional figure of people, a few words describing them, then the role. */
    private static final String PART = "(?:(?:([0-9一两二三四五六七八九俩仨])(?:个|位|名)?)?[\\u4e00-\\u9fa5]{0,4}?" + ROLE
            // 那个发烧的: one person pointed at, then who they are.
            + "|那(?:个|位)[\\u4e00-\\u9fa5]{1,4}?的)";

    static final Pattern JOINED = Pattern.compile(PART + "(?:和|加上|加|跟|以及|还有)" + PART);

    private static final String[] GROUP = {"都", "们", "全团", "全体", "全部", "大家", "其他", "其余", "剩下", "所有", "一起", "一块"};

    private JoinedPeople() {}

    /** The number of people the clause names as joined parts, or null when it names no such pair. */
    static Integer count(Clause c) {
        String said = c.span();
        Matcher m = JOINED.matcher(said);
        if (!m.find()) return null;
        // 跟教练一起走: a part opened by 跟 is company, not a second subject.
        if (m.start() > 0 && "跟和与陪带".indexOf(said.charAt(m.start() - 1)) >= 0) return null;
        for (String w : GROUP) if (said.contains(w)) return null;
        // 先走32个 … 领队加一个教练留下: a figure outside the pair is other people's, said in the same breath.
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() < c.start + m.start() || n.end() > c.start + m.end()) return null;
        return figure(m.group(1)) + figure(m.group(2));
    }

    /** The figure of a part: its digit, or one person when it has none. */
    private static int figure(String digit) {
        return digit == null ? 1 : Math.max(1, ChineseNumerals.value(digit));
    }
}
