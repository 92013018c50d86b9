package org.receptionbot.parse;

/**
 * 有个队员, 有位领导, 那位处长: one person said without a numeral reads as 一个队员, of the same length, so
 * the figure 1 counts (有个记者到 is an arrival of one, 那位处长明天才到 too; 有个人先回南宁 is one person).
 */
final class SomeOne {
    /** The people a delegation sends or brings. */
    private static final String[] PEOPLE = {
        "队员", "领导", "记者", "运动员", "教练", "老师", "同志", "同事", "司机", "家属", "工作人员", "小伙子", "姑娘", "选手", "裁判", "处长", "局长", "厅长",
        "主任", "科长", "代表", "专家", "官员", "领队", "队医", "医生", "翻译", "志愿者", "技术官员", "随队人员"
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
            if (lead == '有' && at > 0 && "没只".indexOf(text.charAt(at - 1)) >= 0) continue;
            // 还有个同志今天下午3点到: one more person, with when they come or go; 还有个队员没上车 stays unread.
            if (lead == '有' && at > 0 && text.charAt(at - 1) == '还' && !personThenWhen(text, at + 2)) continue;
            boolean some = lead == '有' && unit == '个' && (does(text, at + 2) || someone(text, at + 2));
            // 重庆北海线的那个明天上午要先走, 那个人明天走: one person pointed at, told by when they move.
            some |= lead != '有' && unit == '个' && PointedOne.movesAfter(text, at);
            // 河南离开的那个是明天早上7点的车: the one person already said to leave, named by it.
            some |= lead == '那' && unit != '名' && LeaverNamedOne.namedBefore(text, at);
            if (!person(text, at + 2) && !some) continue;
            if (out == null) out = text.toCharArray();
            out[at] = '一';
        }
        return out == null ? text : new String(out);
    }

    /**
     * 有个人今晚先回南宁, 有个人明天坐G1234走: 有个人 is one person when a day, a part of the day or a leaving word follows
     * (not 有个人物品, nor 有个人上了4号车, where the figure is a bus's).
     */
    private static boolean someone(String text, int at) {
        if (text.charAt(at) != '人') return false;
        for (String w : LEAVING) if (text.startsWith(w, at + 1)) return true;
        return false;
    }

    private static final String[] LEAVING = {
        "今", "明", "后天", "先", "要", "提前", "坐", "乘", "回", "走", "离", "晚上", "早上", "上午", "下午", "中午", "临时", "突然"
    };

    private static boolean does(String text, int at) {
        for (String d : DOES) if (text.startsWith(d, at)) return true;
        return false;
    }

    /** Days and parts of the day that say when a person moves. */
    private static final String[] WHEN = {"今天", "明天", "后天", "今晚", "明早", "上午", "下午", "晚上", "早上", "中午"};

    /** A person word at {@code at}, then when (还有个同志今天下午3点到). */
    private static boolean personThenWhen(String text, int at) {
        for (String p : PEOPLE)
            if (text.startsWith(p, at)) {
                for (String w : WHEN) if (text.startsWith(w, at + p.length())) return true;
                return false;
            }
        return false;
    }

    private static boolean person(String text, int at) {
        for (String p : PEOPLE) if (text.startsWith(p, at)) return true;
        return false;
    }
}
