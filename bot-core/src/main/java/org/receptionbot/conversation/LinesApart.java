package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.RecordText;

/**
 * The lines of a message that {@link Intake} names or passes on instead of applying: another delegation's
 * ({@link OtherDelegations}), a 接龙 line already recorded ({@link ListRepeats}), a report relayed for another delegation
 * ({@link RelayedReports}); and a bus's pickup timed and passed on ({@link BusPickups}, {@link PickUpRequests}).
 */
final class LinesApart {
    /** The records to apply, and the notes on the lines left out. */
    record Sorted(List<Record> kept, Optional<String> others, Optional<String> repeated) {}

    private final OtherDelegations others;
    private final ListRepeats listed;
    private final RelayedReports relays;
    private final PickUpRequests pickUps;
    private final BusPickups busPickups;

    LinesApart(Event event, Ledger ledger, Checks checks, Notices notices, MealBoards meals) {
        this.others = new OtherDelegations(event, checks.people(), checks.movers(), meals);
        this.listed = new ListRepeats(event, ledger);
        this.relays = new RelayedReports(checks.people(), checks.movers(), notices, new RecordText(event));
        this.pickUps = new PickUpRequests(notices);
        this.busPickups = new BusPickups(event, notices);
    }

    /**
     * The records the sender's message applies: another delegation's lines and a 接龙's lines already recorded left
     * out, a bus's pickup timed.
     *
     * @param replaced the entries of the message's earlier version (an edit); empty for a new message
     */
    Sorted sort(List<Record> records, Asked asked, String text, List<Entry> replaced) {
        OtherDelegations.Split own = others.split(records, asked, r -> listed.stands(r, replaced));
        ListRepeats.Split again = listed.split(records, own.kept(), replaced);
        return new Sorted(busPickups.timed(again.kept(), asked, text), own.note(), again.note());
    }

    /** 帮四川报一下 中午30 from another delegation's liaison: passed on to the coordinators, not refused bare. */
    Optional<Answer> relayed(Sorted sorted, Asked asked, String text, List<Entry> replaced) {
        return replaced.isEmpty() ? relays.forward(sorted.kept(), asked, text) : Optional.empty();
    }

    /** {@code applied} with the pickups passed on (a new message only) and the notes on the lines left out. */
    Answer noted(Sorted sorted, Asked asked, String text, List<Entry> replaced, Answer applied) {
        if (replaced.isEmpty())
            applied = busPickups.forward(
                    sorted.kept(), asked, text, pickUps.forward(sorted.kept(), asked, text, applied));
        return SideNotes.noted(SideNotes.noted(applied, sorted.others()), sorted.repeated());
    }
}
