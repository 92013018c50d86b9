package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.PersonSwaps;
import org.receptionbot.visit.VisitBoards;

/**
 * What a plain message answers once read to its records ({@link PlainMessages}): its records read against the ledger
 * in the order of {@link #matching} (an undated correction's day first, then the departure meant, once: {@link
 * SaidDepartures}; hours, packed meals and packed departures), then the first of a named swap, a bare time, a vague count, a
 * movement said now, a meal change moved, a repeat, a route's addition, a completed change or a movement already
 * recorded; else what {@link Intake} takes, with its receipt notes.
 */
final class ParsedAnswers {
    private final Event event;
    private final Ledger ledger;
    private final Intake intake;
    private final Repeats repeats;
    private final VisitAdditions additions;
    private final BusLiaisons buses;
    private final ChangeAnswers changes;
    private final ArrivalConfirmations arrivals;
    private final PackedTakenBack takenBack;
    private final PackedMeals packed;
    private final PackedKeptAway keptAway;
    private final PackedDepartures packedDepartures;
    private final MealEatenBeforeDeparture mealBeforeDeparture;
    private final NamedSwaps swaps;
    private final KnownMovements known;
    private final UndatedCorrections undated;
    private final SaidDepartures saidDepartures;
    private final MovementTimes times;
    private final SaidNowMovements movedNow;
    private final RepeatedArrivalParts repeatedParts;
    private final TeamPickups pickups;
    private final MovedMeals moved;
    private final ReceiptNotes notes;
    private final StandingHours standingHours;
    private final VisitSwitchBack switchBack;
    private final VisitListPlacement listPlacement;
    /** The records read against the ledger: the day, the departure meant, packed food, in this order. */
    private final List<ReadStep> matching;
    /** Then, past the answers that need no more, what the sender's own records are: visits, people gone already. */
    private final List<ReadStep> owning;

    ParsedAnswers(
            Event event,
            Ledger ledger,
            Recorder recorder,
            Intake intake,
            Repeats repeats,
            VisitAdditions additions,
            BusLiaisons buses,
            DepartureConfirmations departures,
            ChangeAnswers changes) {
        this.event = event;
        this.ledger = ledger;
        this.intake = intake;
        this.repeats = repeats;
        this.additions = additions;
        this.buses = buses;
        this.changes = changes;
        this.arrivals = new ArrivalConfirmations(event, ledger, intake);
        this.moved = new MovedMeals(event, ledger);
        this.packed = new PackedMeals(event);
        this.keptAway = new PackedKeptAway(event, ledger);
        this.packedDepartures = new PackedDepartures(event, ledger);
        this.mealBeforeDeparture = new MealEatenBeforeDeparture(event, ledger);
        this.swaps = new NamedSwaps(event, new VisitBoards(event, ledger));
        this.known = new KnownMovements(event, ledger, recorder, intake);
        this.repeatedParts = new RepeatedArrivalParts(event, ledger, intake);
        this.pickups = new TeamPickups(event, ledger);
        this.undated = new UndatedCorrections(new MovementMatches(event, ledger));
        this.saidDepartures = new SaidDepartures(event, ledger);
        this.times = new MovementTimes(event, ledger);
        this.movedNow = new SaidNowMovements(
                new DeniedArrivals(event, ledger, recorder, intake),
                new DeniedDepartures(event, ledger, recorder, intake),
                new DoneMovements(event, ledger, intake),
                arrivals,
                departures);
        this.takenBack = new PackedTakenBack(event, ledger);
        this.notes = new ReceiptNotes(event, ledger, intake);
        this.standingHours = new StandingHours(event, ledger);
        this.switchBack = new VisitSwitchBack(event, ledger, new VisitBoards(event, ledger));
        this.listPlacement = new VisitListPlacement(event, new VisitBoards(event, ledger));
        this.matching = List.of(
                new ReadStep("undated correction's day", (r, m, a) -> undated.dated(r, m.text(), a)),
                new ReadStep("departure meant", (r, m, a) -> saidDepartures.read(r, m.text(), a)),
                new ReadStep("leaving hour changed", (r, m, a) -> hoursOf(r, m)),
                new ReadStep("packed meals", (r, m, a) -> packed.read(r, m.text())),
                new ReadStep("packed food kept away", (r, m, a) -> keptAway.read(r, m.text())),
                new ReadStep("packed food taken back", (r, m, a) -> takenBack.read(r, m.text(), a.today())),
                new ReadStep("packed departures", (r, m, a) -> packedDepartures.read(r, m.text())),
                new ReadStep("meal eaten before departure", (r, m, a) -> mealBeforeDeparture.read(r)),
                new ReadStep(
                        "kept portions",
                        (r, m, a) -> KeptPortions.read(r, m.text(), a.sender().delegation())));
        this.owning = List.of(
                new ReadStep("visit list placed", (r, m, a) -> listPlacement.read(r, a)),
                new ReadStep("visit switched back", (r, m, a) -> switchBack.read(r, m.text())),
                // the parser's mark of a movement said as happening now holds for the message, whatever was re-read
                new ReadStep(
                        "own visit additions",
                        (r, m, a) -> additions
                                .own(r, m.text(), a.today(), buses.vehicleOf(a))
                                .saying(r.saidNow())),
                new ReadStep("gone already marked", (r, m, a) -> GoneAlready.marked(r, m.text(), a.today())),
                new ReadStep("gone already timed", (r, m, a) -> GoneAlready.timed(r, m.text(), now(a), event, ledger)),
                // 江苏刚才走了1个 9点的高铁 after 有1个人明天上午就先走了: the batch said again, its route asked before
                new ReadStep(
                        "leavers off their routes",
                        (r, m, a) -> saidDepartures.restatesBatches(r) ? r : additions.leavers(r, m.text(), now(a))));
    }

    private java.time.LocalDateTime now(Asked asked) {
        return java.time.LocalDateTime.ofInstant(asked.now(), event.zone());
    }

    /** The answer to {@code parsed}, read from {@code message}. */
    Answer answer(ParseOutcome parsed, IncomingMessage message, Asked asked) {
        ParseOutcome read = ReadStep.through(matching, parsed, message, asked);
        Optional<NamedSwaps.Swap> swap = swaps.read(message.text(), asked);
        if (swap.isPresent()) return changes.swapped(swap.get(), PersonSwaps.withoutVisits(read), message, asked);
        Optional<Answer> timed = times.answer(message.text(), asked, intake);
        if (timed.isPresent()) return timed.get();
        Optional<Gap> guessed = VagueCounts.unread(event, read, message.text(), buses.vehicleOf(asked));
        if (guessed.isPresent()) return intake.ask(List.of(guessed.get()), asked, Answer.silence());
        var own = ReadStep.through(owning, read, message, asked);
        // 接到湖南的了 35个人 到酒店了 for a team here for days; 5号车接到云南3个领导了: their arrival, not a short count
        Optional<Answer> here = pickups.ofTeamsHere(own, message.text(), asked);
        if (here.isPresent()) return here.get();
        own = pickups.read(own, message.text(), asked);
        // 还有1个晚上8点到 after a bus liaison's 还有2个…晚上8点到: the part said again replaces the one recorded
        Optional<Answer> partAgain = repeatedParts.answer(arrivals.timed(own, asked), message.text(), asked);
        if (partAgain.isPresent()) return partAgain.get();
        Optional<Answer> saidNow = movedNow.answer(own, message.text(), asked);
        if (saidNow.isPresent()) return saidNow.get();
        var outcome = arrivals.timed(own, asked, message.text());
        // 刚才说错了 是晚上少2个 不是中午: the change of the last report moved to the meal meant
        Optional<MovedMeals.Moved> movedMeal = moved.read(outcome, message.text(), asked);
        if (movedMeal.isPresent()) return changes.movedTo(movedMeal.get(), message.text(), asked);
        Optional<Answer> repeat = repeats.askBesideServed(outcome, message.text(), asked, intake.served());
        if (repeat.isPresent()) return repeat.get();
        Optional<Answer> which = additions.ask(outcome, message.text(), asked);
        if (which.isPresent()) return which.get();
        Optional<Answer> completed = changes.completed(outcome, asked, message.text());
        if (completed.isPresent()) return completed.get();
        Optional<Answer> again = known.answer(outcome, message.text(), asked);
        if (again.isPresent()) return again.get();
        Answer taken = intake.take(outcome, asked, message.text());
        if (taken.silent()) return taken;
        return notes.add(taken, outcome, message, asked);
    }

    /**
     * {@code read} with its departures' hours said changed read against the standing ones ({@link StandingHours#hours}),
     * before a departure of the same people is taken as one already recorded ("再提前半小时走": 07:00 becomes 06:30).
     */
    private ParseOutcome hoursOf(ParseOutcome read, IncomingMessage message) {
        List<org.receptionbot.record.Record> hours = standingHours.hours(read.records(), message.text());
        return hours == read.records() ? read : read.withRecords(hours);
    }
}
