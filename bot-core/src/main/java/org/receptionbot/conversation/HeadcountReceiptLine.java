package org.receptionbot.conversation;

import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Headcount;
import org.receptionbot.summary.HeadcountBoards;

/** The receipt's line of a head count: what was reported before, what the vehicle expects, its seats. */
final class HeadcountReceiptLine {
    private final Event event;
    private final HeadcountBoards headcounts;

    HeadcountReceiptLine(Event event, HeadcountBoards headcounts) {
        this.event = event;
        this.headcounts = headcounts;
    }

    /** "3号车 实到42人（原报40人）（应到…）", with a ⚠ when the count is above the vehicle's seats. */
    String line(Headcount h, Entry e, String text) {
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
                        .map(l -> text + was + "（应到" + l.expected() + "人"
                                + (l.flag().isEmpty() ? "" : "，" + l.flag()) + "）")
                        .orElse(text + was)
                + seats;
    }
}
