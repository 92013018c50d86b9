package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Headcount;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeadcountLine;

/**
 * A bus counted short, for {@link Notices}: the coordinators are told of the count against the bus's expected people
 * (a site-visit bus's shortfall is {@link CountWarnings}'s, told once).
 */
final class BusShortfalls {
    private final HeadcountBoards headcounts;
    private final NoticeChats chats;

    BusShortfalls(HeadcountBoards headcounts, NoticeChats chats) {
        this.headcounts = headcounts;
        this.chats = chats;
    }

    /**
     * Tells {@code to} of the head count {@code h} (recorded as {@code e}) when its bus's line is flagged, but for a
     * bus short by exactly the {@code onTheirOwn} people the sender says go on their own.
     */
    void tell(List<ChatRef> to, Headcount h, Entry e, String who, int onTheirOwn) {
        headcounts.board(e.day()).stream()
                // a site-visit bus's shortfall is told once by CountWarnings
                .filter(l -> l.vehicle().id().equals(h.vehicle()) && l.plan() == null)
                .findFirst()
                .flatMap(l -> l.shared() ? shareOf(l, h) : Optional.of(l))
                .filter(l -> !l.flag().isEmpty())
                // 实到46 还有2个自己打车过去: the liaison accounted for the 2
                .filter(l -> !(l.shortfall() && l.missing() == onTheirOwn))
                .ifPresent(l -> chats.send(
                        to,
                        "⚠" + l.vehicle().id() + "号车清点" + l.flag().substring(1) + "（" + who + "）："
                                + (l.delegation() == null ? "" : l.delegation().name()) + " 实到" + l.counted() + "人 / 应到"
                                + l.expected() + "人"));
    }

    /**
     * On a bus carrying several delegations, the counted delegation's own share as a line of its own: a shortfall is
     * told of the delegation that counted it, not of the bus's total.
     */
    private static Optional<HeadcountLine> shareOf(HeadcountLine l, Headcount h) {
        String whose = h.delegation() != null ? h.delegation() : l.vehicle().delegation();
        return l.share(whose)
                .map(s -> new HeadcountLine(
                        l.vehicle(), s.delegation(), s.counted(), s.expected(), s.at(), s.reporter(), null));
    }
}
