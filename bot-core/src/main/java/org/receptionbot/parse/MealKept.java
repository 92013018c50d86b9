package org.receptionbot.parse;

/**
 * "早饭打包带走行吗？", "晚饭能不能给我们留一下", "能不能单独送48份到射箭场": a meal asked to be packed, kept
 * or brought out of its serving, a request to the kitchen (ISSUE MEAL) said with no problem word. A
 * coordinator's notice (打包的请提前说) or a meal already kept (已经留了) asks nothing.
 */
final class MealKept {
    private static final String[] MEALS = {"早饭", "早餐", "早点", "午饭", "午餐", "中饭", "晚饭", "晚餐", "宵夜", "夜宵", "盒饭", "饭", "餐"};
    /** Packed to take away. */
    private static final String[] PACKED = {"打包"};
    /** Kept back for people who come late. */
    private static final String[] KEPT = {"给我们留", "帮我们留", "给他们留", "帮忙留", "留一下", "留一点", "留几份", "留出来", "留着"};
    /** Brought to where the people are. */
    private static final String[] BROUGHT = {"送餐", "送饭", "送过去", "送到"};

    private MealKept() {}

    /** What says the people leave before the meal is served (明天早上七点出发, 明早走). */
    private static final String[] LEAVING = {"走", "出发", "离开", "返程", "发车", "赶车", "赶飞机", "赶高铁"};

    /**
     * Whether the clause asks for a meal packed, kept or brought (a question or a request) with no figure of
     * its own (宵夜麻烦给我们留着 40个人 is the meal's count). Packing is asked for because the people leave
     * before the serving (兵团明天早上七点出发 早饭打包可以吗); asked alone (晚饭能打包吗) it asks what is allowed.
     */
    static boolean asked(Clause c, String message) {
        if (!(c.question || c.has(Cue.REQUEST)) || c.has(Cue.RESOLVED) || c.has(Cue.NOTICE)) return false;
        // 能不能送三份到房间: the portions asked to be brought are no diners' figure.
        if (RoomMeals.portionsBrought(c, c.text)) return true;
        if (!c.all(Mention.Count.class).isEmpty() || !IssueMatters.has(c, MEALS)) return false;
        if (IssueMatters.has(c, KEPT) || IssueMatters.has(c, BROUGHT)) return true;
        if (!IssueMatters.has(c, PACKED)) return false;
        for (String w : LEAVING) if (message.contains(w)) return true;
        return false;
    }
}
