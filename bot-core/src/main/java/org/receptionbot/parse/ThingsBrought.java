package org.receptionbot.parse;

/**
 * "辽宁那件行李找到了 机场说晚上送过来", "证件明天上午送到": belongings found or sent on, brought to the event, are no
 * people arriving. The clause of the arrival has no figure of people, and the last thing named before its verb in
 * the message is a belonging, with no people (我们, a delegation, 队员) said between them.
 */
final class ThingsBrought {
    /** Belongings that are brought after their owners (a lost suitcase, papers left behind). */
    private static final String[] THINGS = {
        "行李", "箱子", "行李箱", "包裹", "快递", "证件", "参会证", "参赛证", "身份证", "手机", "钱包", "充电器", "衣服", "东西", "物品", "材料"
    };
    /** People said between the belonging and the verb: then they are who comes ("行李找到了 我们5个晚上到"). */
    private static final String[] PEOPLE = {"我们", "咱们", "人", "位", "队员", "同志", "领导", "老师", "处长", "他", "她", "大家"};

    private ThingsBrought() {}

    /** Whether the clause's arrival is a belonging brought, not people coming. */
    static boolean test(Clause c) {
        int verb = c.at(Cue.ARRIVE);
        if (verb < 0 || Figures.people(c) != null) return false;
        int thing = -1;
        for (String w : THINGS) thing = Math.max(thing, c.text.lastIndexOf(w, verb - w.length()));
        if (thing < 0) return false;
        // 辽宁那件行李: a delegation before the belonging is its owner; one after it is who comes.
        for (Mention.Team t : c.all(Mention.Team.class)) if (t.start() > thing && t.start() < verb) return false;
        String between = c.text.substring(thing, verb);
        for (String w : PEOPLE) if (between.contains(w)) return false;
        return true;
    }
}
