package org.receptionbot.conversation;

import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Headcount;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeadcountLine;

/** The receipt's line of a head count: what was reported before, what the vehicle expects, its seats. */
final class HeadcountReceiptLine {
    private final Event event;
    private final HeadcountBoards headcounts;

    HeadcountReceiptLine(Event event, HeadcountBoards headcounts) {
        this.event = event;
        this.headcounts = headcounts;
    }

    /**
     * "3号车 实到42人（原报40人）（应到…）", with a ⚠ when the count is above the vehicle's seats; a shortfall of just
     * the {@code onTheirOwn} people the message says go on their own is said so ("（应到48人，另2人自行前往）").
     */
    String line(Headcount h, Entry e, String text, int onTheirOwn) {
        String was = headcounts
                .before(e)
                .filter(n -> n != h.count())
                .map(n -> "（原报" + n + "人）")
                .orElse("");
        String seats = event.vehicle(h.vehicle())
                .map(v -> v.seats())
                .filter(n -> h.count() > n)
                .map(n -> " ⚠超出该车座位（" + n + "座），请核实")
                .orElse("");
        return headcounts.board(e.day()).stream()
                        .filter(l -> l.vehicle().id().equals(h.vehicle()) && l.expected() != null)
                        .findFirst()
                        .map(l -> text + was + "（应到" + l.expected() + "人" + flag(l, onTheirOwn) + "）")
                        .orElse(text + was)
                + seats;
    }

    private static String flag(HeadcountLine l, int onTheirOwn) {
        if (onTheirOwn > 0 && l.missing() == onTheirOwn) return "，另" + onTheirOwn + "人自行前往";
        return l.flag().isEmpty() ? "" : "，" + l.flag();
    }
}
