package org.receptionbot.parse;

import java.util.List;

/**
 * One train or flight swapped for another ("G1722变成G1708", "CA1234 换成 CA1288", "g1722改签g1708",
 * "G1722→G1708"): the one after the change word is the one taken; the other is the old plan.
 */
final class TicketSwap {
    /** Words between the old and the new train or flight. */
    private static final String[] TO = {"变成", "变为", "换成", "换为", "改成", "改为", "改签", "变更为", "更改为", "调整为", "→", "➡", "->"};
    /** The most characters between the two that still read as one swap (" 改签为 "). */
    private static final int GAP = 8;

    private TicketSwap() {}

    /** The train or flight meant among {@code transports} (in text order): the last one swapped in. */
    static Mention.Transport taken(String text, List<Mention.Transport> transports) {
        Mention.Transport taken = transports.get(0);
        for (int i = 1; i < transports.size(); i++) {
            Mention.Transport old = transports.get(i - 1);
            Mention.Transport next = transports.get(i);
            if (old == taken && swapped(text, old.end(), next.start())) taken = next;
        }
        return taken;
    }

    private static boolean swapped(String text, int from, int to) {
        if (to - from > GAP || to < from) return false;
        String between = text.substring(from, to);
        for (String w : TO) if (between.contains(w)) return true;
        return false;
    }
}
