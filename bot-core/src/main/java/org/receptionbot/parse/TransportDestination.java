package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "D3618去厦门", "坐高铁到大连", "晚上的飞机飞深圳": a delegation's city said after a train or flight and 去/到/飞/往 is
 * where the train or flight goes, not who travels on it.
 */
final class TransportDestination {
    /** A train or flight (its number, or the word for it) right before the word of going, a space allowed. */
    private static final Pattern BEFORE =
            Pattern.compile("(?:[A-Za-z]{1,2}\\d{2,5}|高铁|动车|火车|飞机|航班|班机|列车|的车次)(?:次|航班)? ?(?:去|到|飞|往|开往|飞往)$");

    private TransportDestination() {}

    /** Whether the place starting at {@code at} follows a train or flight and its word of going. */
    static boolean follows(String text, int at) {
        int from = Math.max(0, at - 12);
        // Every match ends in a word of going: 去, 到, 飞, 往.
        if (!goingBefore(text, from, at)) return false;
        return BEFORE.matcher(text.substring(from, at)).find();
    }

    private static boolean goingBefore(String text, int from, int at) {
        for (int i = from; i < at; i++) if ("去到飞往".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }
}
