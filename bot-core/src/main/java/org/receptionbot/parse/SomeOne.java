package org.receptionbot.parse;

/**
 * 有个队员, 有位领导, 那位处长: one person said without a numeral reads as 一个队员, of the same length, so
 * the figure 1 counts (有个记者到 is an arrival of one, 那位处长明天才到 too).
 */
final class SomeOne {
    /** The people a delegation sends or brings. */
    private static final String[] PEOPLE = {
        "队员", "领导", "记者", "运动员", "教练", "老师", "同志", "同事", "司机", "家属", "工作人员", "小伙子", "姑娘", "选手", "裁判", "处长", "局长", "厅长",
        "主任", "科长", "代表", "专家"
    };

    /** What one person unnamed does right after 有个 (有个临时不去了, 有个改去柳州): 有个 is 一个 too. */
    private static final String[] DOES = {
        "不去", "不来", "不参加", "临时不", "临时改", "临时换", "临时有事", "突然不", "突然有事", "要先走", "先走", "改去", "换到"
    };

    private SomeOne() {}

    static String fix(String text) {
        char[] out = null;
        for (int at = 0; at + 2 < text.length(); at++) {
            char lead = text.charAt(at);
            if (lead != '有' && lead != '那' && lead != '这') continue;
            char unit = text.charAt(at + 1);
            if (unit != '个' && unit != '位' && unit != '名') continue;
            if (lead == '有' && at > 0 && "没还只".indexOf(text.charAt(at - 1)) >= 0) continue;
            if (!person(text, at + 2) && !(lead == '有' && unit == '个' && does(text, at + 2))) continue;
            if (out == null) out = text.toCharArray();
            out[at] = '一';
        }
        return out == null ? text : new String(out);
    }

    private static boolean does(String text, int at) {
        for (String d : DOES) if (text.startsWith(d, at)) return true;
        return false;
    }

    private static boolean person(String text, int at) {
        for (String p : PEOPLE) if (text.startsWith(p, at)) return true;
        return false;
    }
}
