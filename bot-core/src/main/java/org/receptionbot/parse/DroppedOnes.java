package org.receptionbot.parse;

/**
 * "减的这位王司长", "少的那位", "减掉的两位", "不去的那个": a clause that opens by pointing back to the people a
 * change before took off a route; whatever figure or name follows is theirs, no other people.
 */
final class DroppedOnes {
    /** A word of taking off, then 的 (减的, 减掉的, 少的). */
    private static final String[] TAKEN_OFF = {"减掉的", "减去的", "减少的", "减的", "少了的", "少的", "去掉的", "不去的", "退出的"};

    private DroppedOnes() {}

    /** Whether {@code c} opens (after spaces) with a word pointing back to the people taken off. */
    static boolean pointedAt(Clause c) {
        int at = c.start;
        while (at < c.end && c.text.charAt(at) == ' ') at++;
        for (String w : TAKEN_OFF) if (c.text.startsWith(w, at) && at + w.length() <= c.end) return true;
        return false;
    }
}
