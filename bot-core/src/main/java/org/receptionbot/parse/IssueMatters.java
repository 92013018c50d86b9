package org.receptionbot.parse;

import java.util.List;

/**
 * Matters whose kind is not the topic word they name: traffic on the road (路上有点堵) is nobody's to
 * fix; noise from the neighbours (隔壁一直在唱歌) is their conduct, not the room, unless a room change is
 * asked; a list or a figure not sent or not matching (名单和车牌号还没发过来, 签到表和名单对不上) is
 * paperwork, even when it names the vehicles. Also what a question or a request is about: a diet
 * asked for, a thing asked of the other liaisons, a change of the stay. Illnesses that ask for nobody are
 * {@link HealthMatters}; figures reported beside a matter, {@link FiguresNamed}.
 */
final class IssueMatters {
    private static final String[] ROAD_JAMMED = {
        "堵车", "路上堵", "路上有点堵", "路上很堵", "路上太堵", "路上特别堵", "路上好堵", "堵在路上", "高速上堵", "高速堵", "塞车"
    };
    private static final String[] TRAFFIC = {"堵车", "路上", "路很堵", "路有点堵", "路太堵", "塞车", "高速", "交通", "红绿灯"};
    private static final String[] NOISE = {"吵", "噪音", "唱歌", "喧哗", "大声", "打呼", "装修", "电钻"};
    private static final String[] SLEEPLESS = {"睡不着", "没法睡", "睡不好", "睡不了"};
    private static final String[] NEIGHBOURS = {"隔壁", "楼上", "楼下", "对面房", "旁边房", "邻居", "旁边的房"};
    private static final String[] ROOM_CHANGE = {"换房", "换个房", "换一间", "换间", "换楼层", "换个楼层", "换层", "调房", "调个房", "换到"};
    private static final String[] LISTS = {"名单", "签到表", "花名册", "车牌号", "人员信息", "信息表", "行程表", "资料", "材料"};
    private static final String[] LIST_PROBLEMS = {
        "对不上", "不一致", "不相符", "有出入", "没发", "没收到", "没有收到", "没给", "没传", "没发过来", "没有发"
    };
    private static final String[] FIGURE_ASKED = {"准数", "准确人数", "确切人数", "准确的人数", "确切的人数", "准确数字", "确切数字", "最终人数"};
    private static final List<String> DIET_ASKED =
            List.of("有没有", "有吗", "能不能", "可以吗", "能安排", "可以安排", "能做", "能准备", "能提供", "行吗", "方便吗");
    private static final List<String> STAY = List.of("退房", "续住", "延住", "多住", "换房", "加房", "晚退");

    private IssueMatters() {}

    /** "路上有点堵", "堵车了": the road jammed, with no vehicle of the event named (3号车堵在路上 is the bus late). */
    static boolean traffic(Clause c) {
        int at = c.text.indexOf('堵', c.start);
        if (at < 0 || at >= c.end) return false;
        // 6号车 路上堵了一下 刚到: a jam over, the vehicle there now, is nobody's to fix.
        if (jamOver(c, at)) return true;
        if (!c.all(Mention.Vehicle.class).isEmpty()) return false;
        // 路上堵车 他们直接回房间: going back to the room is no fitting of it.
        boolean room = c.has(Cue.ROOM_ITSELF) && !has(c, BACK_TO_ROOM);
        // 我们在车上了 路上堵: riders stuck in the road's traffic; a vehicle word alone keeps it the vehicle's.
        if (room || c.has(Cue.TOPIC_VEHICLE) && !has(c, ROAD_JAMMED)) return false;
        return has(c, TRAFFIC);
    }

    /** Going back to one's room, which names the room as a place, not a fitting in it. */
    private static final String[] BACK_TO_ROOM = {"回房间", "回房", "回屋"};

    /** What says the jam is over: 堵了 (一下, 半小时) and then the arrival. */
    private static final String[] THERE_NOW = {"刚到", "到了", "已到", "已经到", "现在到"};

    /** "堵了一下 刚到", "堵了半小时 已经到了": the jam said as past, and the arrival after it. */
    private static boolean jamOver(Clause c, int at) {
        if (!c.text.startsWith("堵了", at)) return false;
        for (String w : THERE_NOW) {
            int i = c.text.indexOf(w, at + 2);
            if (i >= 0 && i + w.length() <= c.end) return true;
        }
        return false;
    }

    /** Noise in the clause (or the sleep it costs), from neighbours the message names, and no room change asked in it. */
    static boolean neighbours(Clause c, String message) {
        boolean noise = has(c, NOISE) || has(c, SLEEPLESS) && any(message, NOISE);
        return noise && any(message, NEIGHBOURS) && !any(message, ROOM_CHANGE);
    }

    /** A list named with its not being sent or not matching. */
    static boolean aboutList(Clause c) {
        return has(c, LISTS) && has(c, LIST_PROBLEMS);
    }

    /** "具体来多少人麻烦给个准数": a firm figure asked for. */
    static boolean asksFigure(Clause c) {
        return has(c, FIGURE_ASKED);
    }

    /** "晚宴有没有清真的": a diet asked for is a request to the kitchen ("清真窗口在几号门" only asks where). */
    static boolean dietAsked(Clause c) {
        String words = c.span();
        for (String w : DIET_ASKED) if (words.contains(w)) return true;
        return false;
    }

    /** "谁有充电宝借一下", "哪位有多的雨伞": asked of the others in the group. */
    static boolean asksPeers(Clause c) {
        String words = c.span();
        return words.contains("谁有") || words.contains("哪位有") || words.contains("有没有人有");
    }

    /** "退房能不能延到下午2点", "续住一天": a change of the stay. */
    static boolean changesStay(Clause c) {
        String words = c.span();
        for (String w : STAY) if (words.contains(w)) return true;
        return false;
    }

    /** "能不能换一床": bedding asked for again, which a smell said before makes a hygiene matter, not a room. */
    static boolean beddingAgain(Clause c) {
        return !c.has(Cue.BROKEN)
                && !c.has(Cue.ROOM_CHANGE)
                && !has(c, "房")
                && has(c, "换一", "换个", "换床", "换条", "换套", "换一下");
    }

    /** 麻烦各酒店前台帮忙留意: after a problem, a bare request asks for help with that problem. */
    static boolean onlyAsks(Clause c) {
        return (c.has(Cue.REQUEST) || c.has(Cue.NEED))
                && !c.has(Cue.PROBLEM)
                && !c.has(Cue.OTHER_PROBLEM)
                && !c.has(Cue.HEALTH)
                && !c.has(Cue.HYGIENE)
                && !c.has(Cue.MEAL_PROBLEM);
    }

    /** Whether any of {@code words} is in the clause. */
    static boolean has(Clause c, String... words) {
        return c.holdsAny(words);
    }

    private static boolean any(String message, String[] words) {
        for (String w : words) if (message.contains(w)) return true;
        return false;
    }

    /** Words that a diet's arrangement stays as it was (清真那桌照旧, 素食的不变). */
    private static final String[] AS_BEFORE = {
        "照旧", "照常", "不变", "没变", "跟之前一样", "和之前一样", "还是一样", "老样子", "还是单独", "还是那样", "还是按原来"
    };

    /**
     * "清真那桌照旧", "素食的照常", "还是清真桌", "清真的还是单独一桌": a special diet said to stay as arranged, with nothing asked or wrong, is no
     * problem.
     */
    static boolean dietAsBefore(Clause c) {
        if (c.has(Cue.REQUEST) || c.has(Cue.PROBLEM) || c.has(Cue.NEED) || c.question) return false;
        // 还是清真桌: the diet said as it still is.
        int at = c.at(Cue.MEAL_PROBLEM);
        if (at - 2 >= c.start && c.text.startsWith("还是", at - 2)) return true;
        int from = c.endOf(Cue.MEAL_PROBLEM);
        String after = c.text.substring(from, Math.min(c.end, from + 8));
        for (String w : AS_BEFORE) if (after.contains(w)) return true;
        return false;
    }
}
