package org.receptionbot.parse;

/**
 * "兵团下楼了 车呢 说好10点半的", "13号车人呢？？", "云南6个都在大堂了 车呢": the vehicle itself asked after with 呢,
 * anywhere in the clause, is a vehicle not there. Which vehicle to take (坐什么车呢, 哪辆车呢) and a train (火车呢) ask
 * only.
 */
final class VehicleAskedAfter {
    private static final String[] ASKED = {"车呢", "车人呢", "车师傅呢", "大巴呢", "中巴呢", "考斯特呢"};
    /** Which vehicle, asked: a question for information. */
    private static final String[] WHICH = {"什么", "啥", "哪个", "哪辆", "哪台", "哪部", "几号", "哪"};
    /** What follows the words when they end the question (a space, punctuation, an emoji, the end). */
    private static final String CLOSING = " ，,。.？?！!～~…";

    private VehicleAskedAfter() {}

    static boolean said(Clause c) {
        String words = c.span();
        for (String w : ASKED) {
            for (int at = words.indexOf(w); at >= 0; at = words.indexOf(w, at + 1)) {
                int next = at + w.length();
                boolean closes = next >= words.length()
                        || CLOSING.indexOf(words.charAt(next)) >= 0
                        || Character.isSurrogate(words.charAt(next));
                if (closes && !which(words, at) && (at == 0 || "火动赶".indexOf(words.charAt(at - 1)) < 0)) return true;
            }
        }
        return false;
    }

    private static boolean which(String words, int at) {
        for (String w : WHICH) if (words.startsWith(w, Math.max(0, at - w.length())) && at >= w.length()) return true;
        return false;
    }
}
