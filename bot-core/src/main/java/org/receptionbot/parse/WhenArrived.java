package org.receptionbot.parse;

/**
 * "我们还在高铁上 到了跟大家说", "到了再跟你联系", "落地了告诉大家": arriving as the time to tell or call
 * later, with no clock time, train or flight, is no arrival yet.
 */
final class WhenArrived {
    /** What the sender will do once there. */
    private static final String[] THEN = {"再", "跟", "给", "告诉", "联系", "通知", "和你", "说", "打电话"};

    private WhenArrived() {}

    static boolean test(Clause c) {
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        int at = c.endOf(Cue.ARRIVE);
        if (at < 0 || at >= c.end || c.text.charAt(at) != '了') return false;
        for (String w : THEN) if (c.text.startsWith(w, at + 1)) return true;
        return false;
    }
}
