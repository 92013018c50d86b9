package org.receptionbot.parse;

/**
 * A route's bus named by its route ("北海线的车", "柳州的大巴"): someone who missed it or was left off it when it left
 * ("没赶上北海的车 还在党校门口", "北海线的车走了 我们还有一个没上去 能不能打车追") is a VEHICLE problem to act on, no
 * visit statement; the bus leaving is no delegation's departure. Giving the visit up after it is a drop-out
 * ({@link MissedBusGivenUp}).
 */
final class RouteBus {
    /** What names the bus right after a route (北海线的车, 百色车, 柳州的大巴). */
    private static final String[] BUS = {"的车", "的大巴", "的班车", "的中巴", "那辆车", "的那辆车", "车", "大巴"};
    /** Adverbs between the bus and its leaving (已经走了, 刚开走了). */
    private static final String[] ADVERBS = {"已经", "都", "刚刚", "刚", "已"};
    /** The bus gone (走了, 开了, 出发了). */
    private static final String[] LEFT = {"走了", "开了", "开走了", "出发了", "发车了", "走掉了"};
    /** Someone not on the bus named right after (没赶上北海的车). */
    private static final String[] MISSED = {"没赶上", "没有赶上", "没坐上", "没跟上", "错过了"};
    /** Someone not on the bus said before, which has left (还有一个没上去). */
    private static final String[] LEFT_OFF = {"没上去", "没上车", "没上来", "没赶上", "没有赶上", "没跟上", "没坐上"};

    /** The people caught up or brought after all (已经打车追上了, 送过去了): nothing left to act on. */
    private static final String[] CAUGHT_UP = {"追上了", "赶上了", "送过去了", "接上了", "送到了", "坐上了"};

    private RouteBus() {}

    /** Whether someone in {@code c} missed a route's bus, or was left off one the message says has left. */
    static boolean leftBehind(Clause c, Reading reading) {
        String text = c.text;
        // Either way to be left behind needs a word of MISSED or of LEFT_OFF starting in the clause: most clauses hold
        // neither, and the message is then never searched.
        if (!startsIn(c, MISSED) && !startsIn(c, LEFT_OFF)) return false;
        Lexicon lexicon = reading.lexicon();
        // The clause's text may be one statement of the message: what is said around it is read in the message.
        String message = reading.original();
        int offset = message.indexOf(text);
        if (offset < 0) {
            message = text;
            offset = 0;
        }
        if (caughtUp(message, offset + c.start)) return false;
        for (String w : MISSED)
            for (int at = text.indexOf(w, c.start); at >= 0 && at < c.end; at = text.indexOf(w, at + 1))
                if (busAt(text, at + w.length(), lexicon) > 0) return true;
        if (!gone(message, 0, offset + c.end, lexicon)) return false;
        for (String w : LEFT_OFF) {
            int at = text.indexOf(w, c.start);
            if (at >= 0 && at + w.length() <= c.end) return true;
        }
        return false;
    }

    /** Whether one of {@code words} starts in the clause's stretch. */
    private static boolean startsIn(Clause c, String[] words) {
        for (String w : words) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < c.end) return true;
        }
        return false;
    }

    /** Whether the people are said caught up with the bus after {@code from} (追上了, not 没赶上了). */
    private static boolean caughtUp(String text, int from) {
        for (String w : CAUGHT_UP)
            for (int at = text.indexOf(w, from); at >= 0; at = text.indexOf(w, at + 1))
                if (at == 0 || "没不".indexOf(text.charAt(at - 1)) < 0) return true;
        return false;
    }

    /** Whether a route's bus leaves in {@code c} ("北海线的车走了"): the bus's going, no delegation's departure. */
    static boolean leaves(Clause c, Reading reading) {
        return gone(c.text, c.start, c.end, reading.lexicon());
    }

    /** Whether a route's bus is said gone between {@code from} and {@code to}. */
    private static boolean gone(String text, int from, int to, Lexicon lexicon) {
        for (int i = from; i < to; i++) {
            int end = busAt(text, i, lexicon);
            if (end < 0) continue;
            for (String a : ADVERBS)
                if (text.startsWith(a, end)) {
                    end += a.length();
                    break;
                }
            for (String w : LEFT) if (text.startsWith(w, end) && end + w.length() <= to) return true;
        }
        return false;
    }

    /** Where the route's bus named at {@code at} ends (北海线的车), or -1. */
    private static int busAt(String text, int at, Lexicon lexicon) {
        if (at >= text.length()) return -1;
        for (Lexicon.Form f : lexicon.routeFormsStartingWith(text.charAt(at))) {
            if (!text.startsWith(f.text(), at)) continue;
            int end = at + f.text().length();
            if (end < text.length() && "线组".indexOf(text.charAt(end)) >= 0) end++;
            for (String b : BUS) if (text.startsWith(b, end)) return end + b.length();
        }
        return -1;
    }
}
