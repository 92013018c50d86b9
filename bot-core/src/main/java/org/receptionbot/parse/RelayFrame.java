package org.receptionbot.parse;

/**
 * "帮海南报一下 他们联络员手机没电了：海南午餐20人", "云南小李手机没电了，让我代报：…": a report relayed for a
 * delegation whose liaison cannot send it. The relay and its reason (the liaison's phone dead or off) are
 * the frame; the report inside is read as any other, and the phone is nobody's problem to fix.
 */
final class RelayFrame {
    /** A phone that cannot send: why the report is relayed. */
    private static final String[] DEAD = {"没电", "关机", "停机", "欠费", "没信号", "坏了", "摔坏", "打不开"};

    private static final String[] PHONES = {"手机", "电话"};

    /** The phone's signal lost: a reason without the phone named (他们联络员在车上没信号). */
    private static final String[] NO_SIGNAL = {"没信号", "没有信号", "信号不好", "信号很差", "信号差"};

    private RelayFrame() {}

    /** "他们联络员手机没电了": the clause gives the reason for the relay, a phone that cannot send. */
    static boolean reason(Clause c) {
        if (c.has(Cue.HEALTH) || c.has(Cue.CARE)) return false;
        for (String s : NO_SIGNAL) if (IssueMatters.has(c, s)) return true;
        boolean phone = false;
        for (String p : PHONES) phone |= IssueMatters.has(c, p);
        if (!phone) return false;
        for (String d : DEAD) if (IssueMatters.has(c, d)) return true;
        return c.has(Cue.UNREACHABLE);
    }

    /** Whether {@code said} gives a phone that cannot send (手机没电了, 没信号), read on the words alone. */
    static boolean reasonIn(String said) {
        for (String s : NO_SIGNAL) if (said.contains(s)) return true;
        boolean phone = false;
        for (String p : PHONES) phone |= said.contains(p);
        if (!phone) return false;
        for (String d : DEAD) if (said.contains(d)) return true;
        return false;
    }
}
