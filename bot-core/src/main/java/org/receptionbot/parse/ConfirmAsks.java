package org.receptionbot.parse;

import java.util.List;

/**
 * "上海那里20对吗？", "土家山寨：明早重庆的不吃是吧？", "北京那21个人明天早饭还吃吗", "云上民宿：要不要叫人帮忙搬行李":
 * a coordinator or a venue asking for a figure or a plan to be confirmed, or offering a service, asks; the figures and plans it
 * names were reported before, or are for the liaison to say. With a problem said beside it ("房卡刷不开 是不是
 * 消磁了", "饭快不够了 要不要加菜"), the problem stands; a delay offered ("晚饭要不要推迟") is none.
 */
final class ConfirmAsks {
    private static final String[] TAGS = {
        "对吗",
        "对吧",
        "对不对",
        "是吧",
        "是吗",
        "没错吧",
        "没错吗",
        "是不是",
        "要不要",
        "用不用",
        "需不需要",
        "需要不需要",
        // 今晚北海线晚餐按名单84人准备可以吗？有没有变化: a site asking its plan confirmed.
        "准备可以吗",
        "这样可以吗",
        "有没有变化",
        "有变化吗",
        // 北京那21个人明天早饭还吃吗, 海南24是中饭吗, 就是不在餐厅吃的意思吧: whether a delegation eats, or which meal
        // a figure was for, asked back.
        "吃吗",
        "吃不吃",
        "是早饭吗",
        "是早餐吗",
        "是中饭吗",
        "是午饭吗",
        "是午餐吗",
        "是晚饭吗",
        "是晚餐吗",
        "是宵夜吗",
        "的意思吧",
        "的意思吗"
    };

    private ConfirmAsks() {}

    /** Whether a message from no delegation asks back or offers, and says no problem. */
    static boolean asks(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null) return false;
        boolean asked = false;
        for (Clause c : clauses) {
            if (CueGroups.PROBLEM_SAID.in(c)) return false;
            if (c.has(Cue.CORRECTION)) return false;
            int tag = tagAt(c.span());
            // 饭快不够了 还有三个团没来 要不要加菜: a problem said before the offer stands; the general problem
            // word only there, since 推迟 (晚饭要不要推迟) is one of its words.
            if (c.has(Cue.PROBLEM) && (tag < 0 || c.at(Cue.PROBLEM) - c.start < tag)) return false;
            asked |= tag >= 0;
        }
        return asked;
    }

    /** Where the first tag starts in {@code words}, or -1. */
    private static int tagAt(String words) {
        int first = -1;
        for (String t : TAGS) {
            int at = words.indexOf(t);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }
}
