package org.receptionbot.parse;

/**
 * "还有一个是我自己我是工作人员不去考察", "我是联络员 我不去考察": the sender, who says they are staff, not going
 * on a visit is no delegate dropping out; no one of the delegation's figures changes.
 */
final class StaffSelf {
    /** What the sender says they are: staff of the event or the delegation's liaison. */
    private static final String[] STAFF = {"工作人员", "联络员", "会务组", "会务人员", "随行人员", "对接人"};

    private static final String STOPS = ",，。;；!！?？\n";
    private static final String FIGURE = "0123456789一二两三四五六七八九十俩仨";
    private static final String UNIT = "个位人名";

    private StaffSelf() {}

    /**
     * Whether the drop-out word at {@code drop} is said by the sender of themself, a member of staff: 我 (not
     * 我们) before it in the clause or the one before it (我本人是工作人员，不参加考察), with no figure between.
     */
    static boolean only(Clause c, int drop) {
        String text = c.text;
        if (!says(text, STAFF)) return false;
        int from = c.start;
        while (from > 0 && ",， ".indexOf(text.charAt(from - 1)) >= 0) from--;
        while (from > 0 && STOPS.indexOf(text.charAt(from - 1)) < 0) from--;
        int self = -1;
        for (int i = from; i < drop; i++)
            if (text.charAt(i) == '我' && (i + 1 >= text.length() || text.charAt(i + 1) != '们')) self = i;
        if (self < 0) return false;
        for (int i = self; i + 1 < drop; i++)
            if (FIGURE.indexOf(text.charAt(i)) >= 0 && UNIT.indexOf(text.charAt(i + 1)) >= 0) return false;
        return true;
    }

    private static boolean says(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }
}
