package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.RecordText;

/**
 * Takes what the parser read: sorts it into records to apply ({@link Recording}), fields to ask for
 * ({@link GapQuestions}) and lines to name instead of applying (another delegation's, a 接龙 line
 * already recorded, a bus the event file does not have), and answers with all of them.
 */
public final class Intake {
    private final Event event;
    private final VisitEffects visits;
    private final Recording recording;
    private final GapQuestions questions;
    private final UnclearFigures figures;
    private final ServedMealFigures servedFigures;
    private final OtherDelegations others;
    private final UnknownVehicles vehicles;
    private final ListRepeats listed;
    private final OwnIssueWords ownIssue;
    private final IssueNews news;
    private final SameAsYesterday yesterday;
    private final SameAsOtherMeal otherMeal;
    private final LastFigures last;
    private final RelayedReports relays;
    private final PickUpRequests pickUps;

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
        this.visits = visits;
        this.recording = new Recording(event, ledger, recorder, checks, receipts, notices, asPlanned, visits, holds);
        this.questions = new GapQuestions(event, pending);
        MealBoards meals = new MealBoards(event, ledger);
        this.figures = new UnclearFigures(event, meals);
        this.servedFigures = new ServedMealFigures(event, ledger, figures);
        this.others = new OtherDelegations(event, checks.people(), meals);
        this.vehicles = new UnknownVehicles(event);
        this.listed = new ListRepeats(event, ledger);
        this.ownIssue = new OwnIssueWords(receipts.issues());
        this.news = new IssueNews(receipts.issues());
        this.yesterday = new SameAsYesterday(event, meals);
        this.otherMeal = new SameAsOtherMeal(event, meals);
        this.last = new LastFigures(ledger);
        this.relays = new RelayedReports(checks.people(), notices, new RecordText(event));
        this.pickUps = new PickUpRequests(notices);
    }

    ServedMeals served() {
        return recording.served();
    }

    Notices notices() {
        return recording.notices();
    }

    Answer take(ParseOutcome outcome, Asked asked, String text) {
        return take(outcome, asked, text, List.of());
    }

    /**
     * @param replaced the entries of the message's earlier version, taken back just before the new
     *     records are applied (an edit); empty for a new message
     */
    Answer take(ParseOutcome outcome, Asked asked, String text, List<Entry> replaced) {
        if (outcome instanceof ParseOutcome.NothingToRecord) {
            // 电瓶还是没电 师傅还在弄: still wrong, on the topic of the sender's only pending issue
            Optional<Record> followUp = ownIssue.unnoticed(text, asked.sender())
                    // 那个崴脚的队员拍了片子没骨折: the reporter's news on their open issue, added to it
                    .or(() -> news.of(text, asked.sender()));
            if (followUp.isEmpty()) return Answer.silence();
            outcome = new ParseOutcome.Understood(List.of(followUp.get()));
        }
        UnreadKinds.Split split = UnreadKinds.split(outcome);
        if (!split.unread().isEmpty())
            return UnreadKinds.add(take(split.outcome(), asked, text, replaced), split.unread(), asked.sender());
        List<Record> records = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>(outcome instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of());
        gaps.replaceAll(g -> yesterday.asCount(g, asked.sender(), asked.today()).orElse(g));
        List<Gap> unclear =
                gaps.stream().filter(g -> g.missing() == Gap.Field.UNCLEAR).toList();
        gaps.removeAll(unclear);
        List<Gap> estimated = new ArrayList<>();
        for (Gap g : unclear)
            figures.estimated(g, asked.sender(), asked.today()).ifPresent(estimated::add);
        if (estimated.size() == unclear.size()) {
            gaps.addAll(estimated);
            unclear = List.of();
            // several meals' estimates are named in one question and answered in turn, in the order they were said
            if (!estimated.isEmpty() && gaps.stream().allMatch(VagueCounts::mealEstimate))
                gaps.sort(java.util.Comparator.comparingInt(g -> saidAt(text, g)));
        }
        if (unclear.size() == 1 && gaps.isEmpty() && outcome.records().isEmpty()) {
            Optional<Record> followUp = ownIssue.unread(text, asked.sender()).or(() -> news.of(text, asked.sender()));
            if (followUp.isPresent()) {
                records.add(followUp.get());
                unclear = List.of();
            }
        }
        List<Record> aboard = new ArrayList<>();
        for (Gap g : List.copyOf(gaps)) {
            Optional<Record> full = visits.allAboard(g, asked.today());
            if (full.isPresent() && gaps.remove(g)) aboard.add(full.get());
        }
        records.addAll(aboard);
        // 人齐了 35 from a delegation with one bus: that bus's count
        for (Gap g : List.copyOf(gaps)) {
            Optional<Record> only = vehicles.onlyVehicle(g, asked.sender());
            if (only.isPresent() && gaps.remove(g)) records.add(only.get());
        }
        for (Record r : outcome.records()) {
            if (Checks.needsDelegation(r)) gaps.add(new Gap(Gap.Field.DELEGATION, r, text));
            else records.add(ownIssue.read(r, text, asked.sender()));
        }
        List<String> asYesterday = new ArrayList<>();
        for (Gap g : List.copyOf(gaps)) {
            Optional<SameAsYesterday.Taken> taken = yesterday.read(g, asked.sender(), asked.today());
            if (taken.isEmpty()) continue;
            asYesterday.add(taken.get().note());
            if (taken.get().record() != null && gaps.remove(g))
                records.add(taken.get().record());
            else gaps.set(gaps.indexOf(g), taken.get().ask());
        }
        // 河北晚饭同中午: another meal's figure of the same day, as reported
        for (Gap g : List.copyOf(gaps)) {
            Optional<SameAsOtherMeal.Taken> taken = otherMeal.read(g, asked.sender());
            if (taken.isEmpty() || !gaps.remove(g)) continue;
            records.add(taken.get().record());
            asYesterday.add(taken.get().note());
        }
        for (Gap g : List.copyOf(gaps)) {
            Optional<MealCount> same = last.filled(g, asked);
            if (same.isPresent() && gaps.remove(g)) records.add(same.get());
        }
        boolean unbound = gaps.removeIf(g -> Unbound.cannotAnswer(asked.sender(), g));
        List<String> noVehicle = new ArrayList<>();
        gaps.removeIf(g -> vehicles.said(g).map(noVehicle::add).orElse(false));
        OtherDelegations.Split own = others.split(records, asked, r -> listed.stands(r, replaced));
        ListRepeats.Split again = listed.split(records, own.kept(), replaced);
        records = again.kept();
        // 帮四川报一下 中午30 from another delegation's liaison: passed on to the coordinators, not refused bare.
        Optional<Answer> relayed = replaced.isEmpty() ? relays.forward(records, asked, text) : Optional.empty();
        Answer applied = relayed.isPresent()
                ? relayed.get()
                : records.isEmpty()
                        ? Answer.silence()
                        : recording.apply(records, asked, false, replaced, asked.now(), text);
        if (replaced.isEmpty()) applied = pickUps.forward(records, asked, text, applied);
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
        for (String s : asYesterday)
            applied = applied.silent()
                    ? Answer.of(gaps.isEmpty() ? Reply.Kind.ANSWER : Reply.Kind.QUESTION, s)
                    : applied.then(s);
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
        return recording.apply(records, asked, confirmed, List.of(), asked.now());
    }

    /** Applies records held back under their message {@code held}, as they stand when {@code asked} applies them. */
    Answer applyHeld(List<Record> records, Source held, Asked asked, boolean confirmed) {
        Asked asHeld = new Asked(held, asked.sender(), null, asked.today());
        return recording.apply(records, asHeld, confirmed, List.of(), asked.now());
    }

    /** Asks for the first gap, after what {@code applied} already says ({@link GapQuestions}). */
    Answer ask(List<Gap> gaps, Asked asked, Answer applied) {
        return questions.ask(gaps, asked, applied);
    }

    /** Keeps {@code waiting} open for the sender's next message, as asked at first ({@link GapQuestions#keep}). */
    void keep(Pending.Answer waiting, Asked asked) {
        questions.keep(waiting, asked);
    }

    /** Where the statement of {@code gap} stands in {@code text}; at the end when not found as said. */
    private static int saidAt(String text, Gap gap) {
        int at = text.indexOf(gap.statement().strip());
        return at < 0 ? text.length() : at;
    }
}
