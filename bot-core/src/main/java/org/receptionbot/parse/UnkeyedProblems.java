package org.receptionbot.parse;

import org.receptionbot.record.IssueCategory;

/**
 * Problems said plainly, without a problem word of the cue tables: a vehicle too small for its riders (送机的车
 * 司机说只能坐12个 我们16个人, 坐不下), room keys not handed back (辽宁的房卡还有两张没还), a belonging not
 * found, wherever it was looked for (身份证找不到了 房间翻了一遍都没有: OTHER, the room is only where they looked), rooms
 * short ({@link RoomsShort}: 房间要下午2点才能进, 有5间房被别人住了), a meal place with no record of the delegation
 * (餐厅说没登记我们的), a charge at the check-out ({@link StayCharges}: 退房时前台说少了两条毛巾 要赔钱), pieces of clothing asked for ({@link SuppliesAsked}: 广西要20件大衣).
 */
final class UnkeyedProblems {
    /** Seats short on a vehicle. */
    private static final String[] SEATS = {
        "只能坐", "只坐得下", "只能拉", "只能装", "只能带", "坐不下", "坐不开", "装不下", "塞不下", "挤不下", "座位不够", "位子不够", "座不够"
    };

    private static final String[] KEYS = {"房卡", "钥匙", "门卡"};
    /** Keys not handed back. */
    private static final String[] NOT_BACK = {"没还", "未还", "未归还", "没归还", "没有还", "没交", "未交", "少还", "少交"};
    /** A thing looked for and not found. */
    private static final String[] NOT_FOUND = {"找不到", "找不着", "找不见", "没找到", "没找着", "不见了"};

    /** A vehicle said full (车已经坐满了) ... */
    private static final String[] FULL = {"坐满了", "坐满", "满员了", "已经满了", "挤满了"};
    /** ... with people left off it (还有十几个人没上去). */
    private static final String[] LEFT_OFF = {"没上去", "没上来", "没上车", "上不去", "上不来", "上不了", "没座位", "没位子", "没地方坐"};
    /** A booking the lodging cannot find (前台说没有我们的预订). */
    private static final String[] NO_BOOKING = {
        "没有我们的预订", "没有预订", "没有我们的房", "查不到预订", "没查到预订", "找不到预订", "查不到我们的预订", "没有我们的订房"
    };

    /**
     * A meal place that has no record of the delegation, as it says or as found there (餐厅说没登记我们的, 去餐厅说没有我们的,
     * 到餐厅发现没有我们的桌子).
     */
    private static final java.util.regex.Pattern MEAL_NOT_BOOKED =
            java.util.regex.Pattern.compile("(?:说|发现)(?:我们)?(?:没有?|未)(?:登记|报上|我们的)");

    private UnkeyedProblems() {}

    /** The kind of the problem the clause says plainly, or null. */
    static IssueCategory of(Clause c) {
        if (IssueTalk.inVehicle(c) && IssueMatters.has(c, SEATS)) return IssueCategory.VEHICLE;
        // 车已经坐满了 还有十几个人没上去: full, with people left off, is seats short too.
        if (IssueTalk.inVehicle(c) && IssueMatters.has(c, FULL) && IssueMatters.has(c, LEFT_OFF))
            return IssueCategory.VEHICLE;
        if (IssueMatters.has(c, NO_BOOKING) || RoomsShort.said(c)) return IssueCategory.ROOM;
        // 退房时前台说少了两条毛巾 要赔钱, 押金要明天才能退: a charge or a deposit held back at the check-out.
        if (StayCharges.said(c)) return IssueCategory.ROOM;
        // Every match of MEAL_NOT_BOOKED holds 说 or 发现, then 没 or 未.
        if (c.has(Cue.TOPIC_MEAL)
                && (c.holds("说") || c.holds("发现"))
                && (c.holds("没") || c.holds("未"))
                && MEAL_NOT_BOOKED.matcher(c.text).region(c.start, c.end).find()) return IssueCategory.MEAL;
        if (IssueMatters.has(c, KEYS)) return IssueMatters.has(c, NOT_BACK) ? IssueCategory.ROOM : null;
        if (SuppliesAsked.said(c)) return IssueCategory.OTHER;
        return belongingNotFound(c) ? IssueCategory.OTHER : null;
    }

    /** "身份证找不到了", "手机不见了": a belonging (a pass, a phone, a wallet) right before the words of not finding it. */
    private static boolean belongingNotFound(Clause c) {
        int thing = c.at(Cue.TOPIC_OTHER);
        if (thing < 0) return false;
        for (String w : NOT_FOUND) {
            int at = c.text.indexOf(w, thing);
            if (at >= 0 && at + w.length() <= c.end && at - c.endOf(Cue.TOPIC_OTHER) <= 2) return true;
        }
        return false;
    }
}
