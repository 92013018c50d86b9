package org.receptionbot.parse;

/**
 * "宵夜我们这边也要8份 是另外一个队的", "晚饭另外一个队也要10份": a figure for another group than the
 * delegation's own people comes on top of its count, an addition. The group is said with 另外 and a word of a
 * group (队, 批) in the statement, or in a remark right after it that gives no figure of its own.
 */
final class OtherGroup {
    /** Words of a group of people. */
    private static final String GROUPS = "队团批组拨";
    /** What may stand between 另外 and the group word. */
    private static final String MEASURE = "一两个的还有也是那这";
    /** Most characters between 另外 and the group word (另外还有一个队). */
    private static final int NEAR = 5;
    /** Most characters after the statement a remark on it may take. */
    private static final int REMARK = 12;

    private OtherGroup() {}

    static boolean named(Clause c) {
        String text = c.text;
        int limit = Math.min(text.length(), c.end + REMARK);
        for (int i = c.start; i + 1 < limit; i++) {
            char ch = text.charAt(i);
            if (i >= c.end && (ch == '\n' || ch == '。' || Character.isDigit(ch))) return false;
            if (ch == '另' && text.charAt(i + 1) == '外' && groupAfter(text, i + 2, limit)) return true;
        }
        return false;
    }

    /** A group word after 另外 with only a measure between (另外一个队, 另外还有一批); 另外有3个队员 is people. */
    private static boolean groupAfter(String text, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + NEAR); k++) {
            char ch = text.charAt(k);
            if (GROUPS.indexOf(ch) >= 0) return k + 1 >= text.length() || "员长".indexOf(text.charAt(k + 1)) < 0;
            if (MEASURE.indexOf(ch) < 0) return false;
        }
        return false;
    }
}
