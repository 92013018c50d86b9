package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.message.ParseOutcome;

/** An edited or deleted message, read again: its records replace, or withdraw, those of its earlier version. */
final class EditedMessages {
    private final Reader reader;
    private final Ledger ledger;
    private final Recorder recorder;
    private final Intake intake;
    private final EchoedReports echoes;
    private final BusLiaisons buses;

    EditedMessages(
            Reader reader, Ledger ledger, Recorder recorder, Intake intake, EchoedReports echoes, BusLiaisons buses) {
        this.reader = reader;
        this.ledger = ledger;
        this.recorder = recorder;
        this.intake = intake;
        this.echoes = echoes;
        this.buses = buses;
    }

    /**
     * An edited message replaces the records of its earlier version; the answer says what changed.
     * An edit to no text is a deletion (Discord tells of deletions so): its records are withdrawn.
     */
    Answer edit(IncomingMessage message, Asked asked) {
        String ref = asked.source().messageRef();
        List<Entry> had = ledger.activeEntriesOf(ref);
        // an edit keeps a route's addition relative: the route's figure still holds the earlier version's
        ParseOutcome outcome = echoes.edited(
                reader.read(message.text(), message.sentAt(), asked.sender().delegation(), buses.vehicleOf(asked)),
                asked,
                !had.isEmpty());
        if (outcome.records().isEmpty()) {
            List<Entry> taken = recorder.withdraw(ref, asked.source());
            Answer asks = intake.take(outcome, asked, message.text());
            if (had.isEmpty()) return asks;
            String what = message.text().isBlank() ? "消息已删除" : "消息已修改";
            String kept = intake.served()
                    .kept(had, asked.now(), asked.sender().coordinator())
                    .map(t -> "\n" + t)
                    .orElse("");
            String done = taken.isEmpty() ? "。" : "，原记录已撤销。";
            return Answer.of(Reply.Kind.CORRECTION, what + done + kept + (asks.silent() ? "" : "\n" + asks.text()));
        }
        return intake.take(outcome, asked, message.text(), had);
    }
}
