package org.receptionbot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;

/** Takes what the parser read: checks it, applies it, answers, and asks for what is missing. */
public final class Intake {
    static final Duration ANSWER_WAIT = Duration.ofMinutes(10);
    static final Duration LAPSED_WAIT = Duration.ofHours(1);
    private final Event event;
    private final Ledger ledger;
    private final Recorder recorder;
    private final PendingQuestions pending;
    private final Checks checks;
    private final Receipts receipts;
    private final Notices notices;
    private final AsPlanned asPlanned;
    private final VisitEffects visits;
    private final Holds holds;
    private final ServedMeals served;
    private final UnclearFigures figures;
    private final ServedMealFigures servedFigures;
    private final OtherDelegations others;
    private final UnknownVehicles vehicles;
    private final ListRepeats listed;

    public Intake(
            Event event,
            Ledger ledger,
            Recorder recorder,
            PendingQuestions pending,
            Checks checks,
            Receipts receipts,
            Notices notices,
            AsPlanned asPlanned,
            VisitEffects visits,
            Holds holds) {
        this.event = event;
        this.ledger = ledger;
        this.recorder = recorder;
        this.pending = pending;
        this.checks = checks;
        this.receipts = receipts;
        this.notices = notices;
        this.asPlanned = asPlanned;
        this.visits = visits;
        this.holds = holds;
        this.served = new ServedMeals(event, ledger);
        MealBoards meals = new MealBoards(event, ledger);
        this.figures = new UnclearFigures(event, meals);
        this.servedFigures = new ServedMealFigures(event, ledger, figures);
        this.others = new OtherDelegations(event, checks.people(), meals);
        this.vehicles = new UnknownVehicles(event);
        this.listed = new ListRepeats(event, ledger);
    }

    ServedMeals served() {
        return served;
    }

    Answer take(ParseOutcome outcome, Asked asked, String text) {
        return take(outcome, asked, text, List.of());
    }

    /**
     * @param replaced the entries of the message's earlier version, taken back just before the new
     *     records are applied (an edit); empty for a new message
     */
    Answer take(ParseOutcome outcome, Asked asked, String text, List<Entry> replaced) {
        if (outcome instanceof ParseOutcome.NothingToRecord) return Answer.silence();
        List<Record> records = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>(outcome instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of());
        List<Gap> unclear =
                gaps.stream().filter(g -> g.missing() == Gap.Field.UNCLEAR).toList();
        gaps.removeAll(unclear);
        List<Record> aboard = new ArrayList<>();
        for (Gap g : List.copyOf(gaps)) {
            Optional<Record> full = visits.allAboard(g, asked.today());
            if (full.isPresent() && gaps.remove(g)) aboard.add(full.get());
        }
        records.addAll(aboard);
        for (Record r : outcome.records()) {
            if (Checks.needsDelegation(r)) gaps.add(new Gap(Gap.Field.DELEGATION, r, text));
            else records.add(r);
        }
        boolean unbound = gaps.removeIf(g -> Unbound.cannotAnswer(asked.sender(), g));
        List<String> noVehicle = new ArrayList<>();
        gaps.removeIf(g -> vehicles.said(g).map(noVehicle::add).orElse(false));
        OtherDelegations.Split own = others.split(records, asked);
        ListRepeats.Split again = listed.split(records, own.kept(), replaced);
        records = again.kept();
        Answer applied = records.isEmpty() ? Answer.silence() : apply(records, asked, false, replaced, asked.now());
        if (own.note().isPresent() && !applied.silent())
            applied = applied.then(own.note().get());
        if (again.note().isPresent())
            applied = applied.silent()
                    ? Answer.of(Reply.Kind.ANSWER, again.note().get())
                    : applied.then(again.note().get());
        if (!aboard.isEmpty() && applied.kind() == Reply.Kind.RECEIPT)
            applied = applied.then("（“人齐”按该车应到人数记录，如有出入请报实到人数）");
        if (unbound) applied = Unbound.bindFirst(applied, event);
        for (String s : noVehicle) applied = applied.silent() ? Answer.of(Reply.Kind.REFUSAL, s) : applied.then(s);
        Answer answer = gaps.isEmpty() ? applied : ask(gaps, asked, applied);
        return Unclear.add(
                answer,
                unclear,
                asked.sender(),
                text,
                st -> figures.question(st, asked.sender(), asked.today()).or(() -> servedFigures.said(st, asked)));
    }

    /** Applies records of a message; held back for confirmation when a count is absurd and not yet confirmed. */
    Answer apply(List<Record> records, Asked asked, boolean confirmed) {
        return apply(records, asked, confirmed, List.of(), asked.now());
    }

    /** Applies records held back under their message {@code held}, as they stand when {@code asked} applies them. */
    Answer applyHeld(List<Record> records, Source held, Asked asked, boolean confirmed) {
        return apply(records, new Asked(held, asked.sender(), null, asked.today()), confirmed, List.of(), asked.now());
    }

    /**
     * Applies what may change at {@code now} ({@link ServedMeals}); the answer then says which part
     * is not recorded because its meal is being served.
     */
    private Answer apply(List<Record> records, Asked asked, boolean confirmed, List<Entry> replaced, Instant now) {
        var refusal = checks.refusal(records, asked);
        if (refusal.isPresent()) return Answer.of(Reply.Kind.REFUSAL, refusal.get());
        ServedMeals.Split split =
                served.split(records, replaced, now, asked.sender().coordinator());
        if (split.nothingToApply())
            return split.said().map(t -> Answer.of(Reply.Kind.REFUSAL, t)).orElse(Answer.silence());
        Answer answer = applyOpen(split.open(), asked, confirmed, split.replacing(), now);
        return split.said().map(answer::then).orElse(answer);
    }

    private Answer applyOpen(List<Record> records, Asked asked, boolean confirmed, List<Entry> replaced, Instant now) {
        if (!confirmed && records.stream().anyMatch(checks::absurd)) return holds.absurd(records, asked);
        Optional<String> otherBus = confirmed ? Optional.empty() : checks.otherBus(records, asked);
        if (otherBus.isPresent()) return holds.hold(records, asked, otherBus.get());
        Optional<String> doubt = confirmed ? Optional.empty() : visits.doubt(records, asked.today());
        if (doubt.isPresent()) return holds.hold(records, asked, doubt.get());
        if (!confirmed && replaced.isEmpty()) {
            var twoReadings = asPlanned.ask(records, asked);
            if (twoReadings.isPresent()) return twoReadings.get();
        }
        List<Record> touched =
                new ArrayList<>(replaced.stream().map(Entry::record).toList());
        touched.addAll(records);
        MealSnapshot before = MealSnapshot.of(event, ledger, touched);
        // an edit takes back its own earlier version; a supplement takes back another message's entry
        if (!replaced.isEmpty()
                && recorder.withdraw(asked.source().messageRef(), asked.source())
                        .isEmpty()) recorder.withdraw(replaced, asked.source());
        Recorder.Applied applied = recorder.apply(asked.source(), records, replaced);
        if (applied.repeated()) return recalled(applied.entries(), asked);
        holds.replacedBy(applied.entries(), now);
        MealSnapshot after = MealSnapshot.of(event, ledger, touched);
        Receipt receipt = replaced.isEmpty()
                ? receipts.compose(applied.entries(), before, after)
                : receipts.corrected(applied.entries(), replaced, before, after);
        // late: a serving whose count deadline had passed now has another figure (a meal report, an
        // edit of one, or a movement that moves diners)
        boolean late = before.changedPastDeadline(after, event, now);
        if (late) receipt = receipt.and(notices.late(receipt.body(), asked, !replaced.isEmpty()));
        notices.tell(applied, asked);
        List<String> warnings = notices.counts(applied.entries(), asked);
        if (!warnings.isEmpty()) receipt = receipt.and(String.join("\n", warnings));
        Optional<String> few = checks.sizeWarnings(
                applied.entries().stream().map(Entry::record).toList());
        if (few.isPresent()) receipt = receipt.and(few.get());
        List<VisitRoute> left =
                visits.departed(applied.entries(), asked.source().at());
        if (!left.isEmpty()) receipt = receipt.and(notices.departed(left, receipt.body(), asked));
        List<Button> undo =
                List.of(new Button("撤销", new ButtonAction.Undo(asked.source().messageId())));
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
        return Answer.receipt(
                Receipts.recorded(receipt),
                receipt,
                List.of(new Button("撤销", new ButtonAction.Undo(asked.source().messageId()))));
    }

    /**
     * Asks for the first gap; the question waits for the sender's next message until the end of the
     * day it is about (the day sent, or a later date the statement names).
     */
    Answer ask(List<Gap> gaps, Asked asked, Answer applied) {
        Pending.Answer waiting = new Pending.Answer(gaps, asked.source());
        Instant until = answerUntil(gaps.get(0), asked);
        pending.put(Keys.answer(asked.chat(), asked.sender().userId()), waiting, until);
        pending.put(Keys.lapsed(asked.chat(), asked.sender().userId()), waiting, until.plus(LAPSED_WAIT));
        String question = VagueCounts.question(gaps.get(0)) + "（“"
                + gaps.get(0).statement().strip() + "”，回复后记录）";
        return applied.silent() ? Answer.of(Reply.Kind.QUESTION, question) : applied.then(question);
    }

    private Instant answerUntil(Gap gap, Asked asked) {
        LocalDate day = gap.draft() instanceof MealRecord m
                        && m.date() != null
                        && m.date().isAfter(asked.today())
                ? m.date()
                : asked.today();
        Instant end = day.plusDays(1).atStartOfDay(event.zone()).toInstant();
        Instant least = asked.now().plus(ANSWER_WAIT);
        return end.isAfter(least) ? end : least;
    }
}
