package org.receptionbot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.Receipt;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.MealSnapshot;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.Record;

/**
 * Writes the records of one message that passed every check of {@link Recording} into the ledger and composes their
 * receipt: the meals they change, a change past a meal's deadline told to the coordinators and the caterer, the
 * warnings on counts and sizes, the routes left, and the undo button.
 */
final class RecordWriter {
    private final Event event;
    private final Ledger ledger;
    private final Recorder recorder;
    private final Checks checks;
    private final Receipts receipts;
    private final Notices notices;
    private final VisitEffects visits;
    private final Holds holds;
    private final PackedReceipts packed;
    private final ChangedPackedOrders changedOrders;
    private final LeaversBeyond leavers;

    RecordWriter(
            Event event,
            Ledger ledger,
            Recorder recorder,
            Checks checks,
            Receipts receipts,
            Notices notices,
            VisitEffects visits,
            Holds holds) {
        this.event = event;
        this.ledger = ledger;
        this.recorder = recorder;
        this.checks = checks;
        this.receipts = receipts;
        this.notices = notices;
        this.visits = visits;
        this.holds = holds;
        this.packed = new PackedReceipts(event, new org.receptionbot.summary.MealBoards(event, ledger));
        this.changedOrders = new ChangedPackedOrders(event, receipts.issues());
        this.leavers = new LeaversBeyond(event, ledger);
    }

    /**
     * Writes {@code records} at {@code now}, taking back {@code replaced} first (an edit, a supplement, a correction),
     * and answers with their receipt.
     *
     * @param onTheirOwn the people a bus is short by who were said to go on their own ({@link AccountedAbsentees})
     */
    Answer write(List<Record> records, Asked asked, List<Entry> replaced, Instant now, String text, int onTheirOwn) {
        List<Record> touched =
                new ArrayList<>(replaced.stream().map(Entry::record).toList());
        touched.addAll(records);
        MealSnapshot before = MealSnapshot.of(event, ledger, touched);
        // an edit takes back its earlier version, a supplement another message's entry, a correction
        // of a figure only the entries it corrects (an issue in the same message stays as filed)
        if (!replaced.isEmpty()) recorder.withdraw(replaced, asked.source());
        // 明天早饭打包改成10份: the pending order of that serving changes, no second order opens
        records = changedOrders.read(records, asked.source().at());
        Recorder.Applied applied = recorder.apply(asked.source(), records, replaced);
        if (applied.repeated()) return recalled(applied.entries(), asked);
        holds.replacedBy(applied.entries(), now);
        MealSnapshot after = MealSnapshot.of(event, ledger, touched);
        Receipt receipt = replaced.isEmpty()
                ? receipts.compose(applied.entries(), before, after, onTheirOwn)
                : receipts.corrected(applied.entries(), replaced, before, after, onTheirOwn);
        // late: a serving whose count deadline had passed now has another figure (a meal report, an
        // edit of one, or a movement that moves diners)
        boolean late = before.changedPastDeadline(after, event, now);
        if (late) {
            Receipt told = replaced.isEmpty()
                    ? receipts.pastDeadline(receipt, applied.entries(), before, after, onTheirOwn, now)
                    : receipt;
            receipt = receipt.and(notices.late(told.body(), Receipts.mealsOnly(told), asked, !replaced.isEmpty()));
        }
        notices.tell(applied, asked, onTheirOwn + MissingAtCount.stillMissing(text, applied.entries()));
        Optional<String> sought = notices.missing(applied.entries(), asked, text);
        if (sought.isPresent()) receipt = receipt.and(sought.get());
        List<String> warnings = notices.counts(applied.entries(), asked, onTheirOwn, text);
        if (!warnings.isEmpty()) receipt = receipt.and(String.join("\n", warnings));
        // 早饭打包42份: the serving's seated diners and packed portions, said apart
        List<String> packing = packed.lines(applied.entries());
        if (!packing.isEmpty()) receipt = receipt.and(String.join("\n", packing));
        Optional<String> few = checks.sizeWarnings(
                applied.entries().stream().map(Entry::record).toList());
        if (few.isPresent()) receipt = receipt.and(few.get());
        // departures past the team's size; a meal's figure past those left after departures
        List<String> beyond = leavers.warnings(applied.entries());
        if (!beyond.isEmpty()) receipt = receipt.and(String.join("\n", beyond));
        List<VisitRoute> left =
                visits.departed(applied.entries(), asked.source().at());
        if (!left.isEmpty())
            receipt = receipt.and(notices.departed(left, receipt.body(), visits.siteLines(applied.entries()), asked));
        List<Button> undo = undo(asked);
        if (replaced.isEmpty()) return Answer.receipt(Receipts.recorded(receipt), receipt, undo);
        return new Answer(Receipts.updated(receipt), undo, Reply.Kind.CORRECTION, null);
    }

    /**
     * A message applied before the process stopped is delivered again: its records stand, and its
     * sender, who may never have had the answer, is told what they are.
     */
    private Answer recalled(List<Entry> kept, Asked asked) {
        if (kept.isEmpty()) return Answer.silence();
        Receipt receipt = receipts.recalled(kept);
        return Answer.receipt(Receipts.recorded(receipt), receipt, undo(asked));
    }

    private static List<Button> undo(Asked asked) {
        return List.of(new Button("撤销", new ButtonAction.Undo(asked.source().messageId())));
    }
}
