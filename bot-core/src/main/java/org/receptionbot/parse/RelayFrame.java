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

    private RelayFrame() {}

    /** "他们联络员手机没电了": the clause gives the reason for the relay, a phone that cannot send. */
    static boolean reason(Clause c) {
        if (c.has(Cue.HEALTH) || c.has(Cue.CARE)) return false;
        boolean phone = false;
        for (String p : PHONES) phone |= IssueMatters.has(c, p);
        if (!phone) return false;
        for (String d : DEAD) if (IssueMatters.has(c, d)) return true;
        return c.has(Cue.UNREACHABLE);
    }
}
