package org.receptionbot.command;

import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueLoop;
import org.receptionbot.ledger.IssueTicket;

/**
 * Two issues said in words to be one matter ("22号问题和18号是一个事") that two different delegations reported: the
 * numbers may be mistyped, so the coordinator is asked, with the {@code /merge} that does it, and nothing is changed.
 * Issues of one delegation, or of one with no delegation known, are merged as said.
 */
final class TwoTeamsMerge {
    private TwoTeamsMerge() {}

    /** The question when issues {@code from} and {@code into} are of two different delegations; else empty. */
    static Optional<String> asked(IssueLoop loop, Event event, Integer from, Integer into) {
        Optional<IssueTicket> later = loop.find(from);
        Optional<IssueTicket> kept = loop.find(into);
        if (later.isEmpty() || kept.isEmpty() || !later.get().pending()) return Optional.empty();
        String one = later.get().issue().delegation();
        String other = kept.get().issue().delegation();
        if (one == null || other == null || one.equals(other)) return Optional.empty();
        return Optional.of("问题#" + from + "（" + name(event, one) + "）与#" + into + "（" + name(event, other)
                + "）是不同代表团报的问题，未合并。如确是同一件事，请发送“/merge " + from + " " + into + "”。");
    }

    private static String name(Event event, String id) {
        return event.delegation(id).map(Delegation::name).orElse(id);
    }
}
