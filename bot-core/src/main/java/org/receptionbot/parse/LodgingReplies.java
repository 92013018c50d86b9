package org.receptionbot.parse;

/**
 * "九院宾馆：江苏的房间正在打扫，先腾出10间给需要换衣服的", "清江大酒店：已经调好了，8楼加了5间": the lodging, speaking under
 * its own name and a colon, answers a room matter by what it does about it (rooms being cleaned, freed, adjusted or
 * added). Part of {@link ProviderAnswers}: such a message from no delegation's liaison is no new ISSUE. A fault the
 * lodging reports ("清江大酒店：北京团有三间房空调不制热") says no such thing and stays a problem.
 */
final class LodgingReplies {
    /** Words naming the lodging or its desk that speaks, right before the colon. */
    private static final String[] SPEAKERS = {"宾馆", "酒店", "民宿", "前台", "客房部", "总台", "大堂"};
    /** How far into the message the colon after the speaker may come. */
    private static final int OPENING = 10;
    /** What the lodging does about the rooms: in hand now, or done. */
    private static final String[] DOING = {
        "正在打扫", "在打扫了", "正在收拾", "正在安排", "正在处理", "正在调", "马上打扫", "马上安排", "腾出", "腾了", "空出", "调好了", "已调好", "调整好了", "已调整",
        "换好了", "已经换了", "加了", "开好了", "安排好了", "已安排"
    };
    /** Words that say the matter is still open after all (还没, 没法, 不够). */
    private static final String[] STILL_OPEN = {"还没", "没法", "没办法", "不够", "满了", "没有空房", "没房"};

    private LodgingReplies() {}

    /** Whether {@code text} opens with the lodging speaking, and says what it does about the rooms. */
    static boolean said(String text) {
        int colon = colon(text);
        if (colon < 0) return false;
        String speaker = text.substring(0, colon).strip();
        boolean lodging = false;
        for (String w : SPEAKERS) lodging |= speaker.endsWith(w);
        if (!lodging) return false;
        String rest = text.substring(colon + 1);
        for (String w : STILL_OPEN) if (rest.contains(w)) return false;
        for (String w : DOING) if (said(rest, w)) return true;
        return false;
    }

    /** Speakers of a lodging's fault report: its desks and its buildings (8号楼前台, 5号楼). */
    private static final String[] DESKS = {"宾馆", "酒店", "民宿", "前台", "客房部", "总台", "大堂", "工程部", "楼"};

    /** Whether {@code text} opens with the lodging, one of its desks or one of its buildings speaking. */
    static boolean speaks(String text) {
        int colon = colon(text);
        if (colon < 0) return false;
        String speaker = text.substring(0, colon).strip();
        for (String w : DESKS) if (speaker.endsWith(w)) return true;
        return false;
    }

    /** The first colon, within {@link #OPENING} characters, or -1. */
    private static int colon(String text) {
        for (int i = 0; i < Math.min(text.length(), OPENING + 1); i++)
            if (text.charAt(i) == ':' || text.charAt(i) == '：') return i;
        return -1;
    }

    /** {@code w} in {@code rest}, not asked (好了吗) nor denied (没腾出). */
    private static boolean said(String rest, String w) {
        int at = rest.indexOf(w);
        if (at < 0) return false;
        int after = at + w.length();
        if (after < rest.length() && "吗没么".indexOf(rest.charAt(after)) >= 0) return false;
        return at == 0 || "没未不".indexOf(rest.charAt(at - 1)) < 0;
    }
}
