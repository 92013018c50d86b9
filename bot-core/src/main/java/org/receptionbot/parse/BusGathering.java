package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * A bus still gathering its riders before it leaves ("1号车还没齐 等人中", "1号车百色线 人还没到齐 再等几分钟", "4号车已到
 * 门口 贵州的人还没下来"): the bus liaison's or the driver's word on the boarding, nobody's to fix. A fault of the
 * vehicle, the vehicle itself not come (车还没到), someone unreachable or lost, a question or a request keep the problem.
 */
final class BusGathering {
    /** The riders not all aboard yet: 还没齐, 人没到齐, 没来齐, 人不齐, 等人中, 贵州的人还没下来. */
    private static final Pattern GATHERING =
            Pattern.compile("(?:还|都)?没(?:有)?(?:到|来|上|坐)?齐|人不齐|等人中|在等人|人(?:还|都)?没(?:有)?下(?:来|楼)");

    /** What makes it a matter to chase after all. */
    private static final String[] CHASED = {
        "车还没到", "车还没来", "车没到", "车没来", "车呢", "联系不上", "打不通", "没人接", "电话", "找不到", "走丢", "走散", "掉队", "坏", "故障", "抛锚", "没油",
        "修", "?", "？", "急"
    };

    private BusGathering() {}

    /** Whether the clause, in this message, only says a bus is still gathering its riders. */
    static boolean only(Clause c, String message) {
        if (c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.has(Cue.BROKEN) || c.has(Cue.UNREACHABLE)) return false;
        if (c.has(Cue.HEALTH) || c.has(Cue.CARE) || c.has(Cue.MEAL_PROBLEM) || c.has(Cue.LOST_WAY)) return false;
        if (!message.contains("车") || !GATHERING.matcher(message).find()) return false;
        for (String w : CHASED) if (message.contains(w)) return false;
        return true;
    }
}
