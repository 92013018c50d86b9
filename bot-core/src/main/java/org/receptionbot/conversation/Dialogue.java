package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.command.Command;
import org.receptionbot.command.CommandParser;
import org.receptionbot.command.Commands;
import org.receptionbot.command.Desk;
import org.receptionbot.command.Exports;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.reminder.Reminders;

/**
 * The conversation in the served chats: store raw, then a command, an answer to a pending question,
 * an edit, or a message to parse, apply and answer. Chats not in the event file are not served.
 */
public final class Dialogue implements ChatHandler {
    private final Desk desk;
    private final InboundLog inbound;
    private final Reader reader;
    private final CommandParser commandParser;
    private final Commands commands;
    private final Intake intake;
    private final Questions questions;
    private final Buttons buttons;
    private final Speaker speaker;

    public Dialogue(Desk desk, InboundLog inbound, Reader reader, Exports exports) {
        this(desk, inbound, reader, exports, null);
    }

    /**
     * @param exports where {@code /export} posts the workbook, or null when exports are off
     * @param reminders the coordinators' custom reminders, or null when the timed part is off
     */
    public Dialogue(Desk desk, InboundLog inbound, Reader reader, Exports exports, Reminders reminders) {
        this.desk = desk;
        this.inbound = inbound;
        this.reader = reader;
        this.commandParser = new CommandParser(desk.event());
        this.commands = new Commands(desk, exports, reminders);
        this.intake = new Intake(desk);
        this.questions = new Questions(desk, intake, reader);
        this.buttons = new Buttons(desk, questions);
        this.speaker = new Speaker(desk.outbox());
    }

    @Override
    public void onMessage(IncomingMessage message) {
        if (!desk.people().served(message.chat()) || !inbound.store(message)) return;
        Sender sender = desk.people().who(message.chat().platform(), message.senderId(), message.senderName());
        LocalDate today = LocalDate.ofInstant(message.sentAt(), desk.event().zone());
        Asked asked = new Asked(Source.of(message), sender, message.replyTo(), today);
        speaker.say(message.chat(), message.messageId(), respond(message, asked));
        inbound.handled(message);
    }

    @Override
    public void onButton(ButtonPress press) {
        speaker.say(press.chat(), press.messageId(), buttons.press(press));
    }

    private Answer respond(IncomingMessage message, Asked asked) {
        if (message.edited()) return edit(message, asked);
        Optional<Command> command = commandParser.parse(message.text(), asked.today());
        if (command.isPresent()) return commands.handle(command.get(), asked);
        Optional<Answer> answered = questions.answer(message.text(), asked);
        if (answered.isPresent()) return answered.get();
        return read(message, asked);
    }

    /**
     * An edited message replaces the records of its earlier version; the answer says what changed.
     * An edit to no text is a deletion: its records are withdrawn.
     */
    private Answer edit(IncomingMessage message, Asked asked) {
        String ref = asked.source().messageRef();
        List<Entry> had = desk.ledger().activeEntriesOf(ref);
        ParseOutcome outcome =
                reader.read(message.text(), message.sentAt(), asked.sender().delegation());
        if (outcome.records().isEmpty()) {
            desk.recorder().withdraw(ref, asked.source());
            Answer asks = intake.take(outcome, asked, message.text());
            if (had.isEmpty()) return asks;
            // A deleted message comes as an edit to nothing (Discord tells of deletions).
            String what = message.text().isBlank() ? "消息已删除" : "消息已修改";
            return Answer.of(Reply.Kind.CORRECTION, what + "，原记录已撤销。" + (asks.silent() ? "" : "\n" + asks.text()));
        }
        return intake.take(outcome, asked, message.text(), had);
    }

    private Answer read(IncomingMessage message, Asked asked) {
        var outcome =
                reader.read(message.text(), message.sentAt(), asked.sender().delegation());
        return intake.take(outcome, asked, message.text());
    }
}
