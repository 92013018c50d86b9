package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.visit.VisitBoards;

/**
 * A message that is neither a command nor the answer to a question: read, then taken in ({@link Intake}), or asked
 * about first when it repeats the sender's last relative change or when a route's addition may be a switch. A movement
 * said as happening now is answered against the record ({@link SaidNowMovements}), one of people already recorded
 * updates or confirms it ({@link KnownMovements}), a bare time completes the sender's movement with none
 * ({@link MovementTimes}), a coordinator's acknowledgement the parser took for an echo is taken when the ledger does
 * not hold it ({@link EchoedReports}), a coordinator's word that a whole route eats at its site settles its meal
 * ({@link RouteMealSettlements}), teams' figures corrected after a 接龙 are of its serving ({@link ListCorrections}); an
 * edited message replaces the records of its earlier version.
 */
public final class PlainMessages {
    private final Event event;
    private final Reader reader;
    private final Intake intake;
    private final Repeats repeats;
    private final BusLiaisons buses;
    private final DepartureConfirmations departures;
    private final OwnWayAnswers ownWays;
    private final EchoedReports echoes;
    private final OwnBusAllAboard ownBus;
    private final BoardedWithoutBus boarded;
    private final RouteMealSettlements routeMeals;
    private final ChangeAnswers changes;
    private final EditedMessages edits;
    private final ShortArrivalReplies shortReplies;
    private final DepartureCheckReplies departureChecks;
    private final DelaysByAmount delays;
    private final ParsedAnswers answers;
    private final ListCorrections lists;
    private final PartsSaidGone partsGone;

    public PlainMessages(
            Event event,
            Reader reader,
            Ledger ledger,
            Recorder recorder,
            Intake intake,
            Repeats repeats,
            VisitAdditions additions) {
        this.event = event;
        this.buses = new BusLiaisons(event);
        this.reader = reader;
        this.intake = intake;
        this.repeats = repeats;
        this.departures = new DepartureConfirmations(event, ledger, intake);
        this.echoes = new EchoedReports(event, ledger);
        this.ownBus = new OwnBusAllAboard(event, ledger);
        this.ownWays = new OwnWayAnswers(event);
        this.boarded = new BoardedWithoutBus(event);
        this.routeMeals =
                new RouteMealSettlements(event, new VisitBoards(event, ledger), new MealBoards(event, ledger));
        this.changes = new ChangeAnswers(event, ledger, intake);
        this.answers =
                new ParsedAnswers(event, ledger, recorder, intake, repeats, additions, buses, departures, changes);
        this.edits = new EditedMessages(reader, ledger, recorder, intake, echoes, buses);
        this.shortReplies = new ShortArrivalReplies(event, new ExpectedArrivals(event, ledger), reader, intake);
        this.departureChecks = new DepartureCheckReplies(event, ledger, intake);
        this.delays = new DelaysByAmount(event, ledger);
        this.lists = new ListCorrections(event, ledger);
        this.partsGone = new PartsSaidGone(event, ledger);
    }

    /** What a liaison's bare 确认 after the 【离会确认】 confirms ({@link DepartureCheckReplies}). */
    DepartureCheckReplies departureChecks() {
        return departureChecks;
    }

    /**
     * The reply to the question about an arrival with some short ({@link ShortArrivalReplies}: "59", "明天到"), read as
     * the report it completes; empty when the message is no such reply.
     */
    Optional<Answer> shortArrivalReply(IncomingMessage message, Asked asked) {
        return shortReplies.answer(message.text(), asked, said -> read(Resaid.as(message, said), asked));
    }

    /** {@code text} as the parser reads it from the sender, now. */
    ParseOutcome parse(String text, Asked asked) {
        return reader.read(text, asked.now(), asked.sender().delegation(), buses.vehicleOf(asked));
    }

    Answer read(IncomingMessage message, Asked asked) {
        // "人齐了 出发" from a delegation's liaison: the bus they counted today, else its figure asked
        String vehicle = buses.vehicleOf(asked);
        if (vehicle == null) vehicle = ownBus.vehicle(message.text(), asked);
        ParseOutcome parsed =
                reader.read(message.text(), message.sentAt(), asked.sender().delegation(), vehicle);
        // G1502晚点二十分钟: the team's standing hour of today moved by the amount, else the new hour asked
        Optional<DelaysByAmount.Read> delay = delays.read(parsed, message.text(), asked, vehicle);
        if (delay.isPresent() && delay.get().ask() != null) return delay.get().ask();
        if (delay.isPresent()) parsed = delay.get().outcome();
        // 刚才接龙里天津是28 上海是25: each team's figure for the serving of the chat's last 接龙
        parsed = lists.read(parsed, message.text(), asked);
        // 北海线84人晚饭都在北海吃 不回山庄吃了: a coordinator's word for a whole route settles its delegations' meal
        if (parsed.records().isEmpty()) {
            Optional<RouteMealSettlements.Settlement> settled = routeMeals.read(message.text(), asked);
            if (settled.isPresent()) return changes.settled(settled.get(), message.text(), asked);
        }
        if (parsed instanceof ParseOutcome.NothingToRecord) {
            Optional<Gap> figure = ownBus.asked(message.text(), asked);
            if (figure.isPresent()) return intake.ask(List.of(figure.get()), asked, Answer.silence());
            // 他自己打车过去了: someone making their own way to the route's site, the list as it stands
            Optional<String> ownWay = ownWays.answer(message.text(), asked);
            if (ownWay.isPresent()) return Answer.of(Reply.Kind.ANSWER, ownWay.get());
        }
        // 江苏32个出发了 留下的两个在医院输液: the part due said gone confirmed, the words after it read alone
        Optional<Answer> part =
                partsGone.answer(parsed, message, asked, (o, m) -> answers.answer(o, m, asked), this::read);
        if (part.isPresent()) return part.get();
        // 上海全体已上车出发: the whole delegation gone as its departure is due confirms it
        if (parsed instanceof ParseOutcome.NothingToRecord n && n.saidNow() == null
                || Unclear.only(parsed)
                || departures.waitingEcho(parsed, asked)) {
            Optional<org.receptionbot.record.Departure> gone = departures.allGone(message.text(), asked);
            if (gone.isPresent()) parsed = DepartureConfirmations.goneNow(gone.get());
        }
        // 人齐了 出发 with no bus to stand for it: the team's departure due now, else one short question
        if (boarded.said(parsed, message.text(), asked, vehicle)) {
            Optional<org.receptionbot.record.Departure> due = departures.due(message.text(), asked);
            if (due.isEmpty()) return Answer.of(Reply.Kind.QUESTION, BoardedWithoutBus.QUESTION);
            parsed = DepartureConfirmations.goneNow(due.get());
        }
        // 收到，刚接到电话 湖南明天早上8点走: an echo to the parser, a relay when the ledger does not hold it
        EchoedReports.Sorted echo = echoes.sort(parsed, asked);
        if (!echo.doubtful().isEmpty()) return repeats.again(echoes.question(echo.all()), asked, echo.all());
        if (!echo.fresh().isEmpty()) parsed = new ParseOutcome.Understood(echo.fresh());
        UnreadKinds.Split split =
                UnreadKinds.split(SameAsYesterday.named(event, parsed, message, asked, reader, buses.vehicleOf(asked)));
        return UnreadKinds.add(
                answers.answer(split.outcome(), message, asked),
                TeamPickups.unread(split.unread(), message.text(), event, asked),
                asked.sender(),
                BusPickups.reporter(event, asked));
    }

    /** An edited message replaces the records of its earlier version ({@link EditedMessages}). */
    Answer edit(IncomingMessage message, Asked asked) {
        return edits.edit(message, asked);
    }
}
