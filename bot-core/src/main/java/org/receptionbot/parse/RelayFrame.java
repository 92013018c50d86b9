package org.receptionbot.parse;

/**
 * "帮海南报一下 他们联络员手机没电了：海南午餐20人", "云南小李手机没电了，让我代报：…": a report relayed for a
 * delegation whose liaison cannot send it. The relay and its reason (the liaison's phone dead or off) are
 * the frame; the report inside is read as any other, and the phone is nobody's problem to fix.
 */
final class RelayFrame {
    /** How far after 帮/替 the 报 of "帮海南报一下", "替新疆兵团报一下" may come. */
    private static final int REACH = 8;
    /** A phone that cannot send: why the report is relayed. */
    private static final String[] DEAD = {"没电", "关机", "停机", "欠费", "没信号", "坏了", "摔坏", "打不开"};

    private static final String[] PHONES = {"手机", "电话"};

    private RelayFrame() {}

    /** Whether the message relays a report on another's behalf (代报, 帮…报, 替…报). */
    static boolean relayed(String message) {
        if (message.contains("代报") || message.contains("代为报") || message.contains("代他们报")) return true;
        for (int i = 0; i < message.length(); i++) {
            char ch = message.charAt(i);
            if (ch != '帮' && ch != '替') continue;
            int end = Math.min(message.length() - 1, i + REACH);
            for (int k = i + 1; k <= end; k++) {
                if (message.charAt(k) != '报') continue;
                // 帮忙报销, 替他报名: paperwork or a sign-up, no report relayed.
                char next = k + 1 < message.length() ? message.charAt(k + 1) : ' ';
                if (next != '销' && next != '名' && next != '道' && next != '警') return true;
            }
        }
        return false;
    }

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
