package org.receptionbot.parse;

import java.util.Locale;

/**
 * A train or flight the message says the people no longer take ("江西明天不坐K1158了 改坐大巴回南昌",
 * "K1158不坐了 自己开车回", "G1234的票退了"): it is the old plan, no movement's ticket. A movement that took it
 * from the message keeps its day, time and people with no train or flight ("D3276停运了 改成…D3282" swaps one for
 * another and is read by {@link TicketSwap}). The words are in {@link TicketWords}.
 */
final class GivenUpTicket {
    private GivenUpTicket() {}

    /** Takes the given-up ticket off every movement that names it. */
    static void apply(Drafts drafts, String original) {
        for (Draft d : drafts.list())
            if (d.isMovement() && d.transport != null && givenUp(original, d.transport)) d.transport = null;
    }

    /** Whether {@code text} gives up the train or flight {@code code} wherever it names it. */
    static boolean givenUp(String text, String code) {
        String upper = text.toUpperCase(Locale.ROOT);
        boolean named = false;
        for (int at = upper.indexOf(code); at >= 0; at = upper.indexOf(code, at + 1)) {
            named = true;
            if (!before(text, at) && !after(text, at + code.length())) return false;
        }
        return named;
    }

    private static boolean before(String text, int at) {
        String s = text.substring(Math.max(0, at - 4), at);
        for (String w : TicketWords.GIVEN_UP_BEFORE) if (s.endsWith(w)) return true;
        return false;
    }

    private static boolean after(String text, int end) {
        int at = end;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String w : TicketWords.GIVEN_UP_BETWEEN)
                if (text.startsWith(w, at) && !startsGivingUp(text, at)) {
                    at += w.length();
                    moved = true;
                }
            while (at < text.length() && text.charAt(at) == ' ') at++;
        }
        return startsGivingUp(text, at);
    }

    private static boolean startsGivingUp(String text, int at) {
        for (String w : TicketWords.GIVEN_UP_AFTER) if (text.startsWith(w, at)) return true;
        return false;
    }
}
