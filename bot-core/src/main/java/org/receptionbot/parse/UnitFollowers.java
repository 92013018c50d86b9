package org.receptionbot.parse;

/**
 * What follows the unit of a figure ({@link UnitCounts}): words that make it no count of people (5个月, 3人次, 两个代表团,
 * 2个航班), but for one of a delegation's people after 团 or 队 (团员, 队医); and people's day or ticket right after a
 * people-only unit (财政部2人星期三…, 深圳4人航班晚点), which keeps them a count.
 */
final class UnitFollowers {
    /**
     * What may not follow the unit: 5个月, 3人次, 4个房, 两个代表团, 2个航班, 一个多小时, 加了两个菜, 两个餐厅. 团 and 队 may when
     * one of their people follows them (团员, 团领导, 队医).
     */
    private static final String[] NOT_AFTER = {
        "菜",
        "荤",
        "素",
        "汤",
        "次",
        "员",
        "民",
        "均",
        "小时",
        "月",
        "星期",
        "礼拜",
        "房",
        "车",
        "桌",
        "包",
        "问题",
        "地方",
        "工作日",
        "天",
        "半",
        "代表",
        "航班",
        "赛场",
        "场馆",
        "场地",
        "项目",
        "车次",
        "多小时",
        "钟头",
        "多钟头",
        "多月",
        "多星期",
        "多礼拜",
        // 宵夜两个餐厅都是九点半开: places counted, no people.
        "餐厅",
        "食堂",
        "饭堂",
        "酒店",
        "宾馆",
        // 捡到一个工作证, 两个行李箱没拿: things found or lost, no people.
        "工作证",
        "证件",
        "身份证",
        "钱包",
        "手机",
        "行李",
        "箱",
        "袋",
        "伞",
        "水杯",
        "钥匙",
        "充电宝"
    };

    private static final String NOT_AFTER_BUT_MEMBERS = "团队省批组辆趟班";

    private UnitFollowers() {}

    /** Whether the words at {@code at}, right after a unit, make the figure before it no count of people. */
    static boolean notAfter(String text, int at) {
        // 一位天津的: 天 of a day, not of 天津.
        if (text.startsWith("天津", at)) return false;
        for (String w : NOT_AFTER) if (text.startsWith(w, at)) return true;
        if (at >= text.length() || NOT_AFTER_BUT_MEMBERS.indexOf(text.charAt(at)) < 0) return false;
        char c = text.charAt(at);
        return c != '团' && c != '队' || !member(text, at + 1);
    }

    /** Words after 团 or 队 that make it one of its people (团员, 队长, 队医, 团领导), not a delegation counted. */
    private static final String[] MEMBERS = {"员", "长", "医", "领导", "干部"};

    /** Whether one of {@link #MEMBERS} starts at {@code at}. */
    static boolean member(String text, int at) {
        for (String m : MEMBERS) if (text.startsWith(m, at)) return true;
        return false;
    }

    /** "财政部2人星期三…返程", "深圳4人航班晚点": people, then their day or their flight. */
    static boolean dayOrTicket(String text, int at) {
        for (String w : PEOPLE_THEN) if (text.startsWith(w, at)) return true;
        return false;
    }

    private static final String[] PEOPLE_THEN = {"星期", "礼拜", "航班", "车次"};
}
