package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A coordinator's, a provider's or a driver's message (no delegation's liaison) that tells how a matter is being seen
 * to rather than asks anyone to act: being fixed now or a remedy sent ("热水系统压力不够，正在处理", "正在换 车队另派的车10分钟到",
 * "内蒙古的同志今天先坐备用车"), ready or arranged ("宁夏的房间马上好", "清真窗口今天多备了", "河北厅房间已调整"), the car
 * arranged for a delegation with its driver's number sent ("临时调的白色中巴…电话私发你了"), a service offered
 * ("需要的话1点半从云上发一趟小车"), a reminder ("提醒提前离会的队：房卡交前台", "【返程提醒】…") or what to do if a
 * fault comes ("如房间暖气不热请直接打前台8001"), help on its way, there or at hand ({@link HelpUnderway}). It gives no ISSUE. A message that asks someone to act besides (请交通组马上调一辆车,
 * 正在换胎，请通知百色接待方) still reports the problem, and so does a fault only passed on for repair (已报修).
 */
final class StaffUpdates {
    /** The matter seen to: being fixed, a remedy sent, ready, arranged. */
    private static final String[] HANDLING = {
        "正在处理", "在处理", "正在抢修", "在抢修", "正在修", "正在换", "另派", "备用车", "调一台", "马上好", "已落实", "已调整", "已备", "已经备", "多备了",
        "单独安排了", "已单独安排", "准备好了", "临时调", "临时安排", "私发你", "私你"
    };
    /** Words that ask someone to act. */
    private static final String[] ASKS = {"请", "麻烦", "帮忙", "能不能", "能否", "需要派", "需不需要", "要不要", "怎么办"};
    /** What to do if a fault comes: 如房间暖气不热请直接打前台. */
    private static final Pattern IF_THEN = Pattern.compile("(?:如果|如有|如需|如)[^，。,；;!！?？\\n]{0,14}请");

    private StaffUpdates() {}

    /** Whether the message, from no delegation's liaison, only tells how a matter is seen to. */
    static boolean said(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null) return false;
        String text = Normalizer.normalize(reading.original()).strip();
        String opening = text.startsWith("@") ? text.replaceFirst("^@\\S+\\s*", "") : text;
        if (opening.startsWith("提醒")
                || text.contains("提醒】")
                // Every match of IF_THEN holds 如 and 请.
                || text.indexOf('如') >= 0
                        && text.indexOf('请') >= 0
                        && IF_THEN.matcher(text).find()) return true;
        // 去车站的车安排了吗 需要的话1点半从云上发一趟小车: a service offered.
        if (text.contains("需要的话") && !text.contains("需要的话请")) return true;
        for (String w : ASKS) if (text.contains(w)) return false;
        for (Clause c : clauses) if (c.question) return false;
        if (HelpUnderway.said(clauses, text)) return true;
        for (String w : HANDLING) {
            int at = text.indexOf(w);
            if (at < 0) continue;
            String before = text.substring(Math.max(0, at - 2), at);
            if (before.indexOf('没') < 0 && before.indexOf('未') < 0 && before.indexOf('不') < 0) return true;
        }
        return false;
    }
}
