package org.receptionbot.parse;

/**
 * "广东厅有个领导下午要和住建部开个小会", "跟水利部碰头": a delegation right after 和/跟/与/同 with a word of meeting
 * after it is whom someone meets, not whose people a statement is about.
 */
final class MeetingPartner {
    /** Words of meeting with someone. */
    private static final String[] MEETING = {
        "开会", "开个会", "开个小会", "开小会", "开视频会", "开个视频会", "座谈", "会谈", "见面", "见个面", "碰头", "碰个头", "碰一下", "对接", "交流", "沟通",
        "谈事", "谈工作", "汇报"
    };
    /** What may stand between the delegation and the word of meeting (住建部领导, 发改委那边, 环境部的同志). */
    private static final String[] GAPS = {"的领导", "的同志", "领导", "同志", "那边", "的人", "的", ""};

    private MeetingPartner() {}

    /** Whether the delegation named at {@code [start, end)} of {@code text} is met with. */
    static boolean met(String text, int start, int end) {
        if (start == 0 || "和跟与同".indexOf(text.charAt(start - 1)) < 0) return false;
        for (String gap : GAPS) {
            if (!text.startsWith(gap, end)) continue;
            int at = end + gap.length();
            for (String w : MEETING) if (text.startsWith(w, at) || text.startsWith("一起" + w, at)) return true;
        }
        return false;
    }
}
