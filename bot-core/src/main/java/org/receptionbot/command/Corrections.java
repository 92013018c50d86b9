package org.receptionbot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.receptionbot.access.People;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.IssueLoop;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.MealSnapshot;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.ledger.Reinstatement;
import org.receptionbot.ledger.Settlement;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.SettledText;

/** Takes back the records of a message: the sender's last one, or the one replied to. */
public final class Corrections {
    private static final String AGAIN = "没有可以撤销的记录（可能已经撤销过）。";
    private static final String NOT_YOURS = "抱歉，只有发送人本人或协调组可以撤销这条记录。";
    private final Event event;
    private final Ledger ledger;
    private final Recorder recorder;
    private final People people;
    private final Outbox outbox;
    private final UndoText text;
    private final Settlement settlement;
    private final SettledText settled;
    private final LatestMessage latest;
    private final IssueStepUndo steps;
    private final Reinstatement reinstatement;
    private final Redo redo;
    private final IssueWithdrawals withdrawals;
    private final UndoneQuestions questions;
    private final UndoneVisitNotices visits;
    private final HeldUndo heldUndo;

    /** @param pending where a message's held records and questions wait, dropped when it is undone */
    public Corrections(
            Event event,
            Ledger ledger,
            Recorder recorder,
            People people,
            Outbox outbox,
            InboundLog inbound,
            IssueLoop issues,
            PendingQuestions pending) {
        this.questions = new UndoneQuestions(pending, new RecordText(event));
        this.heldUndo = new HeldUndo(ledger, questions);
        this.event = event;
        this.steps = new IssueStepUndo(issues, outbox);
        this.latest = new LatestMessage(inbound, new CommandParser(event));
        this.ledger = ledger;
        this.recorder = recorder;
        this.people = people;
        this.outbox = outbox;
        this.text = new UndoText(event, recorder, ledger);
        this.settlement = new Settlement(event);
        this.settled = new SettledText(event, ledger);
        this.reinstatement = new Reinstatement(event, ledger, recorder);
        this.redo = new Redo(event, ledger, recorder, latest);
        this.withdrawals = new IssueWithdrawals(issues, people, outbox, new RecordText(event));
        this.visits =
                new UndoneVisitNotices(event, new org.receptionbot.visit.VisitBoards(event, ledger), people, outbox);
    }

    /** An undo said to be a mistake: what the sender's latest undo took back comes back ({@link Redo}). */
    public Answer redo(Command.Redo said, Asked asked) {
        Redo.Done done = redo.redo(said, asked);
        if (done.records().stream().anyMatch(r -> recorder.late(r, asked.source())))
            tellCoordinators(text.late(asked, done.text()).replaceFirst("撤销", "恢复"));
        return Answer.of(done.text());
    }

    /**
     * Undo by text or command: the message replied to if it has records or moved an issue on, else
     * the sender's latest message when it moved an issue on ({@code /ack}, 办结), else the sender's
     * last recorded one; when the sender's latest message recorded a new version of an earlier one (a
     * correction of its figure), that version only, with the version it replaced put back. When the sender's latest
     * message recorded nothing (talk, or a report refused or asked about), the last recorded one is undone, named as such:
     * what was answered is often the bot's refusal to correct it ("未更正：…或发送“撤销”后重新报送").
     */
    public Answer undo(Asked asked) {
        Optional<String> repliedTo =
                Optional.ofNullable(asked.replyTo()).map(id -> Source.messageRef(asked.chat(), id));
        Optional<Answer> step = repliedTo.or(() -> latest.latest(asked)).flatMap(ref -> steps.undo(ref, asked));
        if (step.isPresent()) return step.get();
        Optional<String> replied =
                repliedTo.filter(ref -> !ledger.activeEntriesOf(ref).isEmpty());
        if (replied.isPresent()) return undo(replied.get(), asked);
        Optional<String> held = heldUndo.withdraw(repliedTo, asked);
        if (held.isPresent()) return Answer.of(held.get());
        Optional<String> last =
                ledger.lastMessageOf(asked.chat(), asked.sender().userId());
        if (last.isEmpty()) return Answer.of("没有可以撤销的记录。");
        Optional<IncomingMessage> latestMessage = latest.message(asked)
                .filter(m -> !Source.messageRef(m.chat(), m.messageId()).equals(last.get()));
        if (latestMessage.isPresent()) {
            String key = latestMessage.get().key();
            List<Entry> version = reinstatement.versionBy(last.get(), key);
            if (!version.isEmpty()) return undo(version, () -> reinstatement.withdrawnBy(key), asked);
            if (reinstatement.recordedAny(key)) return Answer.of(AGAIN);
        }
        Optional<String> nothing = latest.recordedNothing(asked, last.get());
        if (nothing.isEmpty()) return undo(last.get(), asked);
        Answer done = undo(last.get(), asked);
        if (!done.text().startsWith("已撤销")) return done;
        return new Answer(
                "您的上一条消息没有记录内容，撤销的是此前最近一条有记录的消息。\n" + done.text(), done.buttons(), done.kind(), done.receipt());
    }

    /**
     * Undo of one message, by its sender or a coordinator; after a meal's deadline the coordinators
     * and the caterer hear of it. Its reports of meals being served stand ({@link Settlement}). A
     * coordinator's message that moved an issue on is taken back by a coordinator ({@link IssueStepUndo}).
     */
    public Answer undo(String messageRef, Asked asked) {
        List<Entry> entries = ledger.activeEntriesOf(messageRef);
        if (entries.isEmpty()) return steps.undo(messageRef, asked).orElseGet(() -> nothingLeft(messageRef, asked));
        return undo(entries, () -> reinstatement.replacedBy(messageRef), asked);
    }

    /**
     * Nothing of the message is left to take back: said to its sender or a coordinator; anyone else is refused, as
     * for a message still in force (a press of another's button is refused in the press's own pop-up).
     */
    private Answer nothingLeft(String messageRef, Asked asked) {
        boolean other = !asked.sender().coordinator()
                && latest.senderOf(messageRef, asked)
                        .filter(id -> !id.equals(asked.sender().userId()))
                        .isPresent();
        return other ? Answer.of(Reply.Kind.REFUSAL, NOT_YOURS) : Answer.of(AGAIN);
    }

    /** Takes back these entries in force, putting back those they had replaced ({@code replaced}). */
    private Answer undo(List<Entry> entries, Supplier<List<Entry>> replacedBy, Asked asked) {
        boolean own = entries.get(0).source().senderId().equals(asked.sender().userId());
        if (!own && !asked.sender().coordinator()) return Answer.of(Reply.Kind.REFUSAL, NOT_YOURS);
        List<Record> kept = entries.stream()
                .map(Entry::record)
                .filter(r -> settlement.settled(r, asked.now()))
                .toList();
        String stands = settled.said(
                        List.of(), kept, asked.now(), asked.sender().coordinator())
                .map(t -> "\n" + t)
                .orElse("");
        String handled = text.handled(entries);
        List<Entry> taken = entries.stream()
                .filter(e -> recorder.handled(e).isEmpty())
                .filter(e -> !settlement.settled(e.record(), asked.now()))
                .toList();
        List<Record> records = taken.stream().map(Entry::record).toList();
        if (records.isEmpty()) return Answer.of((stands + handled).strip());
        List<IssueTicket> issues = withdrawals.of(taken);
        // an issue withdrawn is said as such below, not among the records
        List<Record> said = taken.stream()
                .filter(e -> issues.stream().noneMatch(t -> t.entryId().equals(e.id())))
                .map(Entry::record)
                .toList();
        List<Entry> replaced = replacedBy.get();
        List<Record> touched = new ArrayList<>(records);
        replaced.forEach(e -> touched.add(e.record()));
        MealSnapshot before = MealSnapshot.of(event, ledger, touched);
        var routesBefore = visits.before(taken);
        recorder.withdraw(entries, asked.source());
        String dropped = questions.drop(entries.get(0).source(), asked.now());
        List<Record> back = reinstatement.reinstate(replaced, asked.source().messageKey(), asked.now());
        MealSnapshot after = MealSnapshot.of(event, ledger, touched);
        List<String> lines = new ArrayList<>(text.lines(said, back, before, after));
        if (records.stream().anyMatch(r -> recorder.late(r, asked.source())))
            tellCoordinators(text.late(asked, String.join("\n", lines)));
        lines.addAll(withdrawals.tell(issues, asked));
        String site = routesBefore.isEmpty() ? "" : visits.tell(routesBefore, asked);
        return Answer.of("已撤销：" + String.join("\n", lines) + site + stands + handled + dropped);
    }

    private void tellCoordinators(String notice) {
        List<ChatRef> chats = new ArrayList<>(people.chats(ChatDef.Role.COORDINATORS));
        chats.addAll(people.chats(ChatDef.Role.CATERER));
        for (ChatRef chat : chats.stream().distinct().toList()) outbox.send(Reply.text(chat, null, notice));
    }
}
