package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * A bus liaison (随车联络员 of a vehicle in the event file) counts their own bus: "实到40人" or "人齐了"
 * with no vehicle named is that bus's head count. Read again with the bus named only when the message
 * alone gives nothing, and kept only when it then gives a head count (or asks for its figure).
 */
final class BusLiaisons {
    private final Event event;

    BusLiaisons(Event event) {
        this.event = event;
    }

    /** What {@code read} made of the message, or the sender's own bus's head count it is. */
    ParseOutcome ownBus(ParseOutcome read, String text, Asked asked, Reader reader) {
        if (!read.records().isEmpty() || !unread(read) || asked.sender().delegation() != null) return read;
        Optional<Vehicle> bus = busOf(asked);
        if (bus.isEmpty()) return read;
        ParseOutcome again = reader.read(bus.get().id() + "号车 " + text, asked.now(), null);
        return headcount(again) ? again : read;
    }

    private Optional<Vehicle> busOf(Asked asked) {
        List<Vehicle> own =
                event.vehiclesRiddenBy(asked.chat().platform(), asked.sender().userId());
        return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
    }

    private static boolean unread(ParseOutcome read) {
        if (read instanceof ParseOutcome.NothingToRecord) return true;
        return read instanceof ParseOutcome.Incomplete i
                && i.gaps().stream()
                        .allMatch(g -> g.missing() == Gap.Field.UNCLEAR || g.missing() == Gap.Field.VEHICLE);
    }

    private static boolean headcount(ParseOutcome o) {
        if (o instanceof ParseOutcome.Understood u) return u.records().stream().allMatch(BusLiaisons::isHeadcount);
        if (!(o instanceof ParseOutcome.Incomplete i) || !i.records().stream().allMatch(BusLiaisons::isHeadcount))
            return false;
        return i.gaps().stream().allMatch(g -> g.missing() == Gap.Field.COUNT && g.draft() instanceof Headcount);
    }

    private static boolean isHeadcount(Record r) {
        return r instanceof Headcount;
    }
}
