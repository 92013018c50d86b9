package org.receptionbot.conversation;

import java.util.regex.Pattern;

/**
 * The words a sender says beside an answer or a recount to explain it ("新增 是刚到的处长", "刚才数错了 是39个
 * 宁夏那个本来就没上车"): never read as a record, and said back as a note so the sender sees they were taken as one.
 */
final class RemarkNotes {
    /** A figure, a meal or a day: a remark that may be a report of its own, so the note says to send it apart. */
    private static final Pattern REPORT_LIKE =
            Pattern.compile("[0-9零一二两俩三四五六七八九十]+\\s*(?:个人|个|人|位|名)|[0-9]|早饭|早餐|午饭|午餐|中午|晚饭|晚餐|晚上|今天|明天|后天");

    private RemarkNotes() {}

    /** The note line for {@code remark}; empty when there is none. */
    static String note(String remark) {
        String r = remark == null ? "" : remark.strip();
        if (r.isEmpty()) return "";
        return "备注：" + r + (REPORT_LIKE.matcher(r).find() ? "（仅作说明，未另作记录；如需另报，请单独发送）" : "（仅作说明，未另作记录）");
    }
}
