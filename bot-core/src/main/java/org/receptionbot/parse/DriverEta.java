package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * A vehicle on its way, said with the minutes it still needs or has lost on the road ("隧道口堵了 5分钟到", "司机在路上
 * 堵了5分钟", "前面桥洞下积水绕了一圈 10分钟到", the minutes left ending the word: "刚才山里没信号 1号车还有15分钟",
 * "已经往回赶了，15分钟左右"): the driver's or the staff's word on a bus coming, nobody's to fix. A
 * fault of the vehicle (打不着火, 空调坏了, 正在修), people left waiting (等了二十分钟了, 还没到), a
 * question or a request keep the problem.
 */
final class DriverEta {
    private static final String N = "(?:\\d{1,2}|[一二两三四五六七八九十几]{1,3})";
    /** 5分钟到, 十分钟就到, 10分钟左右到; 堵了5分钟 ending the message. */
    private static final Pattern MINUTES = Pattern.compile(
            N + "分钟(?:就|左右|内)?(?:能)?到|堵了" + N + "分钟[。.!！~～ ]*$|(?:还有|还要|再|大概|约|[，, ])" + N + "分钟(?:左右)?[。.!！~～ ]*$");
    /** 晚二十分钟到, 晚了快20分钟: the bus late by that much where it is awaited, a delay to chase. */
    private static final Pattern LATE = Pattern.compile("[晚迟](?:了|个|快|大概|约|差不多)*" + N + "分钟");
    /** What keeps a bus on the road: traffic, a detour, weather, or simply being on its way. */
    private static final String[] ROAD = {"堵", "绕", "积水", "结冰", "修路", "在路上", "路上", "开得慢", "往回赶", "赶回来", "没信号", "信号不好"};
    /** People left waiting, a bus still missing, a driver unreachable: a problem to chase. */
    private static final String[] WAITING = {
        "等了", "还没到", "还没来", "没看到", "没人接", "打不通", "联系不上", "找不到", "急", "赶不上", "来不及", "迟到", "?", "？"
    };

    /** A fault of the vehicle itself (打不着火, 空调坏了, 正在修): the bus is the problem, not the road. */
    private static final String[] FAULTS = {
        "坏", "打不着", "着不了火", "故障", "冻住", "没油", "抛锚", "漏气", "在修", "修理", "维修", "报修", "电瓶"
    };

    private DriverEta() {}

    /** Whether the clause is only part of a vehicle's word on the minutes it needs, in a message with nothing to chase. */
    static boolean said(Clause c, String message) {
        // 堵了 is the road's here; a fault of the vehicle is named by its own words.
        if (c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.has(Cue.ROOM_ITSELF)) return false;
        if (c.has(Cue.HEALTH) || c.has(Cue.MEAL_PROBLEM) || c.has(Cue.CARE)) return false;
        // Every match of MINUTES holds 分钟: a message without it needs no regex (and no strip).
        if (!message.contains("分钟")) return false;
        if (!MINUTES.matcher(message.strip()).find() || LATE.matcher(message).find()) return false;
        for (String w : WAITING) if (message.contains(w)) return false;
        for (String w : FAULTS) if (message.contains(w)) return false;
        for (String w : ROAD) if (message.contains(w)) return true;
        return false;
    }
}
