package org.receptionbot.parse;

import java.util.List;

/**
 * One train or flight swapped for another ("G1722变成G1708", "CA1234 换成 CA1288", "g1722改签g1708",
 * "G1722→G1708"): the one after the change word is the one taken; the other is the old plan. The words are in
 * {@link TicketWords}.
 */
final class TicketSwap {
    /** The most characters between the two that still read as one swap (" 改签为 "). */
    private static final int GAP = 8;
    /** The most characters between an old one called off and the new one, when a day and time come between. */
    private static final int CANCELLED_GAP = 24;

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
        if (to < from) return false;
        String between = text.substring(from, to);
        // D3276停运了 改成明天上午8点20 D3282: the old one called off, then another taken at a new day and time.
        if (to - from <= CANCELLED_GAP && cancelled(between) && anyIn(between, TicketWords.TO_AFTER_CANCEL))
            return true;
        return to - from <= GAP && anyIn(between, TicketWords.TO);
    }

    /**
     * "D3276停运了 改成明天上午8点20 (D3282)": the statement calls its train or flight {@code old} off and takes
     * another, named only after it; that one replaces {@code old}.
     */
    static boolean calledOffIn(String statement, String old) {
        int at = statement.toUpperCase(java.util.Locale.ROOT).indexOf(old);
        if (at < 0) return false;
        String after = statement.substring(at + old.length());
        return cancelled(after) && anyIn(after, TicketWords.TO_AFTER_CANCEL);
    }

    private static boolean cancelled(String between) {
        for (String w : TicketWords.CANCELLED) if (between.startsWith(w) || between.startsWith(w, 1)) return true;
        return false;
    }

    private static boolean anyIn(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }
}
