package org.receptionbot.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;

/**
 * A figure corrected in words ("不对，是29人", "改成29", "应该是29人", with a remark after it that has no figure:
 * "不对，是29人 浙江那个不算"): in answer to a 确认 prompt it
 * replaces the figure held back; in reply to a message or to the bot's answer to it, it replaces
 * the figure of that message's records (the sender's last message with records when the message
 * replied to has none), as an edit of it would; sent on its own, it corrects the sender's last
 * report ({@link LastReportCorrections}). In answer to a
 * question whether people move over or are more ({@link VisitOverbooking}) it replaces the figure
 * reported. A bus count corrected or counted again is taken first ({@link BusRecounts}); an hour corrected ("不对
 * 是7点半") corrects the hour of the movement just reported ({@link CorrectedHours}), the amount it was moved by ("不是推迟一小时
 * 推迟两个小时") the hour of the departure just moved ({@link CorrectedShifts}).
 */
public final class Amendments {
    private final Event event;
    private final PendingQuestions pending;
    private final Ledger ledger;
    private final Intake intake;
    private final Choice choice;
    private final MealNames meals;
    private final DelegationNames names;
    private final BusRecounts buses;
    private final CorrectedReports reports;
    private final LastReportCorrections lastReport;
    private final CorrectedHours hours;
    private final CorrectedShifts shifts;
    private final CorrectedWithNews withNews;
    private final CorrectedRouteSwitch routeSwitch;

    public Amendments(Event event, PendingQuestions pending, Ledger ledger, Intake intake, Choice choice) {
        this.event = event;
        this.pending = pending;
        this.ledger = ledger;
        this.intake = intake;
        this.choice = choice;
        this.meals = new MealNames(event);
        this.names = new DelegationNames(event);
        OwnBusRecount ownBus = new OwnBusRecount(event, ledger);
        this.buses = new BusRecounts(event, pending, ledger, intake, choice, ownBus);
        this.reports = new CorrectedReports(event, intake);
        this.lastReport = new LastReportCorrections(event, pending, ledger, ownBus, reports);
        this.hours = new CorrectedHours(event, ledger, pending, reports);
        this.shifts = new CorrectedShifts(event, ledger, pending, reports);
        this.withNews = new CorrectedWithNews(event, ledger, reports);
        this.routeSwitch = new CorrectedRouteSwitch(ledger, reports);
    }

    /**
     * The answer when the message corrects a figure, {@code read} reading the words said beside it as a report of
     * their own ({@link CorrectedWithNews}), or says again the route switch just made ({@link CorrectedRouteSwitch});
     * empty when it is not a correction.
     */
    Optional<Answer> answer(String text, Asked asked, Function<String, ParseOutcome> read) {
        // a bus's count corrected is the bus's first
        Optional<Answer> bus = buses.answer(text, asked);
        if (bus.isPresent()) return bus;
        return withNews.answer(text, asked, read)
                .or(() -> routeSwitch.answer(text, asked, read))
                .or(() -> answer(text, asked));
    }

    /**
     * The held records with the figure corrected of the one record whose figure was asked about ("湖北厅 中午30人 晚上7人"
     * of 7: "不对，是7人" is the lunch's); empty unless exactly one is in doubt.
     */
    private Optional<List<Record>> oneInDoubt(List<Record> held, int figure) {
        List<Record> doubtful =
                held.stream().filter(r -> Checks.absurd(event, r)).toList();
        if (doubtful.size() != 1) return Optional.empty();
        return CorrectedRecords.withFigure(doubtful, figure)
                .map(c -> held.stream()
                        .map(r -> r == doubtful.get(0) ? c.get(0) : r)
                        .toList());
    }

    /** What {@code text} says after the name of the sender's team that opens it ("新疆的" too); empty for none. */
    private Optional<String> withoutOwnTeam(String text, Asked asked) {
        return Optional.ofNullable(asked.sender().delegation())
                .flatMap(event::delegation)
                .flatMap(d -> names.after(d, text.strip()))
                .map(rest -> rest.replaceFirst("^的", "").strip());
    }

    /** The answer when the message corrects a figure; empty when it is not a correction. */
    Optional<Answer> answer(String text, Asked asked) {
        Optional<Answer> bus = buses.answer(text, asked);
        if (bus.isPresent()) return bus;
        // 新疆刚才说晚饭45 其实是46: the sender's own team before a figure pointed back to
        Optional<SaidCorrection> said = SaidCorrection.read(text)
                .or(() -> withoutOwnTeam(text, asked)
                        .filter(SaidCorrection::pointsBack)
                        .flatMap(SaidCorrection::read));
        if (said.isEmpty())
            return hours.answer(text, asked)
                    .or(() -> shifts.answer(text, asked))
                    .or(() -> buses.remarked(text, asked));
        int figure = said.get().figure();
        boolean change = said.get().change();
        // a meal word the event does not know matches no record
        String meal = said.get().mealWord() == null
                ? null
                : Objects.requireNonNullElse(meals.idOf(said.get().mealWord()), "");
        String key = Keys.confirmation(asked.chat(), asked.sender().userId());
        if (pending.peek(key, asked.now()).orElse(null) instanceof Pending.Confirmation) {
            var held = (Pending.Confirmation) pending.take(key, asked.now()).orElseThrow();
            return Optional.of(CorrectedRecords.withFigure(held.records(), figure)
                    .or(() -> oneInDoubt(held.records(), figure))
                    .map(r -> change ? r : CorrectedRecords.counts(event, r, false))
                    .map(r -> intake.applyHeld(
                            r, held.source().keyedBy(asked.source().messageKey()), asked, false))
                    .orElseGet(CorrectedReports::several));
        }
        Optional<Pending.Confirmation> chosen =
                choice.take(Choice.Option.ADDED, asked.chat(), asked.sender().userId(), asked);
        if (chosen.isPresent())
            return Optional.of(CorrectedRecords.withFigure(chosen.get().records(), figure)
                    .map(r -> intake.applyHeld(
                            r, chosen.get().source().keyedBy(asked.source().messageKey()), asked, false))
                    .orElseGet(CorrectedReports::several));
        if (asked.replyTo() == null) return lastReport.answer(said.get(), meal, text, asked);
        Optional<String> target = Optional.of(Source.messageRef(asked.chat(), asked.replyTo()))
                .filter(ref -> !ledger.activeEntriesOf(ref).isEmpty())
                .or(() -> ledger.lastMessageOf(asked.chat(), asked.sender().userId()));
        List<Entry> had = CorrectedReports.fitting(
                target.map(ref -> ledger.activeEntriesOf(ref)).orElse(List.of()), meal, said.get());
        if (had.isEmpty()) return Optional.of(CorrectedReports.nothingToCorrect(target.isPresent(), figure));
        return Optional.of(reports.corrected(had, said.get())
                .map(r -> reports.amend(had, r, text, asked))
                .orElseGet(CorrectedReports::several));
    }
}
