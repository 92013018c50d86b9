package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.Optional;
import org.receptionbot.access.People;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.command.Command;
import org.receptionbot.command.CommandParser;
import org.receptionbot.command.Commands;
import org.receptionbot.command.VehicleRequests;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.Source;

/**
 * The conversation in the served chats: store raw, then a command (or a step on an issue named without its number), a figure corrected in words, an
 * answer to a pending question, an edit, or a message to parse, apply and answer. Chats not in the event file are not served.
 */
public final class Dialogue implements ChatHandler {
    private final Event event;
    private final People people;
    private final InboundLog inbound;
    private final CommandParser commandParser;
    private final Commands commands;
    private final Questions questions;
    private final PlainMessages messages;
    private final Buttons buttons;
    private final Amendments amendments;
    private final Speaker speaker;
    private final UnnumberedIssueSteps unnumbered;
    private final DriverQuestions drivers;
    private final VehicleRequests vehicleRequests;
    private final NothingToConfirm nothingToConfirm;

    public Dialogue(
            Event event,
            People people,
            InboundLog inbound,
            Outbox outbox,
            Commands commands,
            Questions questions,
            PlainMessages messages,
            Amendments amendments,
            Buttons buttons,
            IssueBook issues) {
        this.event = event;
        this.people = people;
        this.inbound = inbound;
        this.commandParser = new CommandParser(event);
        this.commands = commands;
        this.questions = questions;
        this.messages = messages;
        this.amendments = amendments;
        this.buttons = buttons;
        this.speaker = new Speaker(outbox);
        this.unnumbered = new UnnumberedIssueSteps(event, issues, commandParser, commands);
        this.drivers = new DriverQuestions(event);
        this.vehicleRequests = new VehicleRequests(event);
        this.nothingToConfirm = new NothingToConfirm(event, questions.pending(), messages.departureChecks());
    }

    static final String NOT_HANDLED = "这条消息已收到，但系统处理时出错，未能记录。请换一种说法重发（如“湖南中午30人”），或直接告知协调组。";
    private static final System.Logger LOG = System.getLogger(Dialogue.class.getName());

    @Override
    public void onMessage(IncomingMessage message) {
        if (!people.served(message.chat()) || !inbound.store(message)) return;
        Sender sender = people.who(message.chat().platform(), message.senderId(), message.senderName());
        LocalDate today = LocalDate.ofInstant(message.sentAt(), event.zone());
        Asked asked = new Asked(Source.of(message, sender.name()), sender, message.replyTo(), today);
        Answer answer = respondSafely(message, asked);
        speaker.say(message.chat(), message.messageId(), answer);
        nothingToConfirm.answered(asked, answer);
        inbound.handled(message);
    }

    @Override
    public void onButton(ButtonPress press) {
        speaker.say(press.chat(), press.messageId(), buttons.press(press));
    }

    /**
     * The answer to {@code message}; a fault while reading it is told to the sender in plain words (the message is
     * already stored, nothing recorded is lost) and logged; a port's failure (the store down) is passed on, for the
     * adapter to deliver the message again.
     */
    private Answer respondSafely(IncomingMessage message, Asked asked) {
        try {
            return respond(message, asked);
        } catch (RuntimeException e) {
            if (!CoreFault.is(e)) throw e;
            LOG.log(System.Logger.Level.ERROR, "message " + message.messageId() + " could not be handled", e);
            return Answer.of(Reply.Kind.QUESTION, NOT_HANDLED);
        }
    }

    private Answer respond(IncomingMessage message, Asked asked) {
        if (message.edited()) return messages.edit(message, asked);
        // 59 / 明天到 after "人都在 不过少一个" was asked about: the arrival it completes
        Optional<Answer> shortArrival = messages.shortArrivalReply(message, asked);
        if (shortArrival.isPresent()) return shortArrival.get();
        Optional<Answer> fits = questions.fitting(message.text(), asked);
        if (fits.isPresent()) return fits.get();
        Optional<Command> command = commandParser.parse(message.text(), asked.today());
        if (command.isPresent()) return commands.handle(command.get(), asked);
        // 收到 贵州20人上午10点 30人下午1点半 没问题: the 【离会确认】's departures restated, before any figure is read
        Optional<Answer> restated = messages.departureChecks().restated(message.text(), asked);
        if (restated.isPresent()) return restated.get();
        // 北京确认 G1118, 广西确认👌 明早7点酒店门口上车: a yes whose details agree with the departure the request listed
        Optional<Answer> detailed =
                messages.departureChecks().detailed(message.text(), asked).or(() -> checkRequest(message, asked));
        if (detailed.isEmpty()) detailed = checkMeal(message, asked);
        if (detailed.isPresent()) return detailed.get();
        Optional<Answer> step = unnumbered.answer(message.text(), asked);
        if (step.isPresent()) return step.get();
        Optional<Answer> amended = amendments.answer(message.text(), asked, t -> messages.parse(t, asked));
        if (amended.isPresent()) return amended.get();
        Optional<Answer> answered = questions.answer(message.text(), asked);
        if (answered.isPresent()) return answered.get();
        Optional<Answer> bound = commands.typedBindConfirmation(message.text(), asked);
        if (bound.isPresent()) return bound.get();
        Answer read = checkQuestion(message, asked)
                .orElseGet(() -> nothingToConfirm.or(messages.read(message, asked), message.text(), asked));
        return withVehicleCard(read, message.text(), asked);
    }

    /**
     * A yes to the 【离会确认】 whose details agree with the departure listed and a request after it ({@link
     * CheckRequests}): the yes confirmed, and the request read as if said alone, never lost; empty when the yes does not
     * agree.
     */
    private Optional<Answer> checkRequest(IncomingMessage message, Asked asked) {
        return CheckRequests.split(message.text())
                .flatMap(q -> messages.departureChecks()
                        .detailed(q.said(), asked)
                        .map(yes -> {
                            // the request under its own key: the yes already recorded under the message's
                            Answer read = messages.read(message.withText(q.request()), asked.keyedAs("~request"));
                            return yes.then(read.silent() ? "另有“" + q.request() + "”未记录，请单独发送。" : read.text());
                        }));
    }

    /**
     * A yes to the 【离会确认】 with the team's meals said beside it ({@link CheckYesMeals}): the yes confirmed, and the
     * meal read as if said alone; empty when the yes does not agree or the meal alone reads as anything but meals.
     */
    private Optional<Answer> checkMeal(IncomingMessage message, Asked asked) {
        return CheckYesMeals.split(message.text(), event)
                .filter(q -> CheckYesMeals.onlyMeals(messages.parse(q.meal(), asked)))
                .flatMap(q -> messages.departureChecks()
                        .detailed(q.said(), asked)
                        .or(() -> CheckYesMeals.bare(q.said())
                                ? messages.departureChecks().answer(q.said(), asked)
                                : Optional.empty())
                        .map(yes -> yes.then(messages.read(message.withText(q.meal()), asked.keyedAs("~meal"))
                                .text())));
    }

    /**
     * A yes to the 【离会确认】 with a question after it ({@link CheckQuestions}): the yes read as if said alone, and the
     * question passed on; empty when the message is none, or when its yes alone reads as nothing.
     */
    private Optional<Answer> checkQuestion(IncomingMessage message, Asked asked) {
        DepartureCheckReplies checks = messages.departureChecks();
        return checks.question(message.text(), asked).flatMap(q -> {
            IncomingMessage yes = message.withText(q.said());
            Answer read = nothingToConfirm.or(messages.read(yes, asked), q.said(), asked);
            return read.silent() || read.kind() == Reply.Kind.REFUSAL
                    ? Optional.empty()
                    : Optional.of(checks.passOn(read, q, asked));
        });
    }

    /**
     * What was read, and the vehicle's card a clause of the message asks for ("湖北 中午56 晚上56 哦对了1号车司机电话发我一下"):
     * after a recorded message's answer, or alone when the message records nothing (a driver's phone asked beside
     * something said: {@link DriverQuestions}).
     */
    private Answer withVehicleCard(Answer read, String text, Asked asked) {
        Optional<Command> request = vehicleRequests.within(text);
        if (read.silent() && request.isEmpty()) request = drivers.asked(text, asked.sender());
        if (request.isEmpty()) return read;
        Answer card = commands.handle(request.get(), asked);
        return read.silent() ? card : read.then(card.text());
    }
}
