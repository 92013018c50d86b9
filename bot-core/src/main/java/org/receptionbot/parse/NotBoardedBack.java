package org.receptionbot.parse;

/**
 * "有1个身体不舒服没上车 回酒店了", "有个同志没跟车 回房间休息了": on an event with site visits, people who did not
 * board and went back to (or stayed at) the hotel dropped out of the visit. The not-boarding word, when a word of
 * going back follows it before the next stop, is read as 不去了 (same length, so spans still match); not boarding
 * alone ("还有2个人没上车") may only be late, and stays as said.
 */
final class NotBoardedBack {
    /** Not boarding the bus, three characters each like 不去了. */
    private static final String[] NOT_BOARDED = {"没上车", "没跟车", "没坐车", "没跟上"};

    /** Going back to or staying at the hotel or one's room. */
    private static final String[] BACK = {
        "回酒店", "回宾馆", "回山庄", "回房间", "回住地", "回驻地", "回去休息", "留在酒店", "留酒店", "在酒店休息", "留在山庄", "在房间休息"
    };

    private static final String STOPS = ",，。;；!！?？\n";
    private static final String READ_AS = "不去了";

    private NotBoardedBack() {}

    /** {@code text} with each not-boarding word that a going back follows read as 不去了. */
    static String read(String text) {
        String out = text;
        for (String w : NOT_BOARDED)
            for (int at = out.indexOf(w); at >= 0; at = out.indexOf(w, at + w.length()))
                if (backAfter(out, at + w.length()))
                    out = out.substring(0, at) + READ_AS + out.substring(at + w.length());
        return out;
    }

    private static boolean backAfter(String text, int from) {
        int end = from;
        while (end < text.length() && STOPS.indexOf(text.charAt(end)) < 0) end++;
        String next = text.substring(from, end);
        for (String b : BACK) if (next.contains(b)) return true;
        return false;
    }
}
