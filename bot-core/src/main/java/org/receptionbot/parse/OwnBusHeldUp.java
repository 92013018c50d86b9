package org.receptionbot.parse;

/**
 * "山东的大巴堵在高速上了 估计下午2点半到", "河南大巴在高速上 前面出事故了 要晚到 晚上6点才能到", "堵在桥上了": a liaison
 * whose own group is held up on the road (a jam, an accident ahead) and says when it comes is reporting its arrival;
 * nothing there is anyone's to fix. A bus of the event named by its number (3号车堵在半路), people waiting for their
 * bus (还在等车, 还没到), a room's drain (下水道堵了) or a request stay matters to act on.
 */
final class OwnBusHeldUp {
    private static final String[] HELD_UP = {"堵", "出事故", "有事故", "出了事故", "车祸", "追尾"};
    private static final String[] COMING = {"到", "估计", "预计", "晚到", "晚点"};
    private static final String[] WAITING = {"等车", "在等", "等了", "还没到", "没到", "没来", "没见到", "没看到", "找不到"};

    private OwnBusHeldUp() {}

    /** Whether the clause, from a liaison, says the group held up on its way, with its coming said in the message. */
    static boolean said(Clause c, Reading reading) {
        if (reading.sender() == null || !c.holdsAny(HELD_UP)) return false;
        if (!c.all(Mention.Vehicle.class).isEmpty()
                || c.has(Cue.ROOM_ITSELF)
                || c.has(Cue.TOPIC_ROOM)
                || c.has(Cue.REQUEST)
                || c.has(Cue.NEED)
                || c.has(Cue.HEALTH)) return false;
        for (String w : WAITING) if (c.text.contains(w)) return false;
        String after = c.text.substring(c.end);
        for (String w : COMING) if (after.contains(w) || c.holdsAny(w)) return true;
        return false;
    }
}
