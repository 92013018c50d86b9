package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * A 确认 prompt answered with words around the yes: "哦 车号报错了 我们坐的是湖南的3号车 一起走的 确认", "是的 没错", and, about a
 * count of another delegation's bus ({@link GuestCounts}), "我们跟湖南一辆车". It confirms when it says yes (or that they
 * ride along) with no word of no, and names no bus and no figure but those held.
 */
final class WordyConfirmations {
    private final Event event;
    private final PendingQuestions pending;

    WordyConfirmations(Event event, PendingQuestions pending) {
        this.event = event;
        this.pending = pending;
    }

    /** The records held for the sender's 确认 prompt, taken when {@code text} confirms them; empty when it does not. */
    Optional<Pending.Confirmation> take(String text, Asked asked) {
        String key = Keys.confirmation(asked.chat(), asked.sender().userId());
        if (!(pending.peek(key, asked.now()).orElse(null) instanceof Pending.Confirmation held))
            return Optional.empty();
        boolean yes =
                BusWords.confirms(text) || guest(held.records()) && BusWords.ridesAlong(text) && !BusWords.denies(text);
        if (!yes || !BusWords.onlyAsked(text, held.records())) return Optional.empty();
        return pending.take(key, asked.now())
                .filter(Pending.Confirmation.class::isInstance)
                .map(Pending.Confirmation.class::cast);
    }

    /** Whether the held records count another delegation's people on a bus ("青海…3号车实到27人" for 湖南's bus). */
    private boolean guest(List<Record> records) {
        for (Record r : records)
            if (r instanceof Headcount h) {
                String bus = event.vehicle(h.vehicle()).map(Vehicle::delegation).orElse(null);
                if (bus != null && h.delegation() != null && !bus.equals(h.delegation())) return true;
            }
        return false;
    }
}
