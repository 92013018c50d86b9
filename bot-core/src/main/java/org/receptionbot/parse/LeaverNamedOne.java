package org.receptionbot.parse;

/**
 * One person named by their leaving, then pointed at ("河南离开的那个是明天早上7点的车", "先走的那位明天上午10点的高铁"): the
 * person already said to leave, so 那个 reads as 一个 and the departure is one person's, not the whole delegation's. Not
 * when a group leaves (我们走的那个, 大家走的那个, 剩下走的那个), nor when 那个 is a thing (走的那个车, 那趟, 那个时间, 那批).
 */
final class LeaverNamedOne {
    /** The leaving words a person is named by, right before 的那个. */
    private static final String[] LEAVING = {"走", "离开", "离会", "回去", "返程", "撤"};
    /** Words before the leaving word that make it a group's or the delegation's own leaving. */
    private static final String[] GROUP = {"我们", "咱们", "大家", "他们", "全团", "全体", "都", "剩下", "其余", "其他", "一起", "批"};
    /** How far before the leaving word a group word is looked for. */
    private static final int BACK = 4;
    /** What may follow the person pointed at: is, when, or how they leave (是明天, 明早, 坐G1234, 票改好了). */
    private static final String[] THEN = {
        "是", "今天", "明天", "后天", "今晚", "明早", "明晚", "上午", "下午", "晚上", "早上", "中午", "凌晨", "坐", "乘", "票", "改"
    };
    /** A thing right after 那个 (or after 是 with nothing of when): the vehicle, the hour or the batch, no person. */
    private static final String[] THING = {"车", "趟", "班", "航班", "高铁", "火车", "飞机", "时间", "时候", "点", "天", "批", "地方", "站"};

    private LeaverNamedOne() {}

    /** Whether 那个/那位 at {@code at} points at one person named by their leaving right before it. */
    static boolean namedBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != '的') return false;
        int verbAt = -1;
        for (String w : LEAVING)
            if (at - 1 - w.length() >= 0 && text.startsWith(w, at - 1 - w.length())) verbAt = at - 1 - w.length();
        if (verbAt < 0) return false;
        String before = text.substring(Math.max(0, verbAt - BACK), verbAt);
        for (String g : GROUP) if (before.contains(g)) return false;
        int from = at + 2;
        if (from < text.length() && text.charAt(from) == '人') from++;
        for (String t : THING) if (text.startsWith(t, from)) return false;
        for (String t : THEN) if (text.startsWith(t, from)) return !asked(text, from);
        return false;
    }

    /** 离开的那个是几点的车？, 走的那个什么时候走: a question about them, no report. */
    private static boolean asked(String text, int from) {
        String near = text.substring(from, Math.min(text.length(), from + 6));
        return near.contains("几") || near.contains("什么") || near.contains("哪") || near.contains("谁");
    }
}
