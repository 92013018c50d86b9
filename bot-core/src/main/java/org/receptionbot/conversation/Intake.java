package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
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
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;

/**
 * Takes what the parser read: sorts it into records to apply ({@link Recording}), fields to ask for
 * ({@link GapQuestions}) and lines to name instead of applying (another delegation's, a 接龙 line
 * already recorded, a bus the event file does not have: {@link LinesApart}), and answers with all of them.
 */
public final class Intake {
    private final Event event;
    private final Recording recording;
    private final GapQuestions questions;
    private final ServedMealFigures servedFigures;
    private final LinesApart apart;
    private final OwnIssueWords ownIssue;
    private final IssueNews news;
    private final GapFilling filling;
    private final Ledger ledger;
    private final Holds holds;

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
        this.holds = holds;
        RecordWriter writer = new RecordWriter(event, ledger, recorder, checks, receipts, notices, visits, holds);
        this.recording = new Recording(event, ledger, checks, notices, asPlanned, visits, holds, writer);
        this.questions = new GapQuestions(event, pending);
        MealBoards meals = new MealBoards(event, ledger);
        UnclearFigures figures = new UnclearFigures(event, meals);
        this.servedFigures = new ServedMealFigures(event, ledger, figures, notices);
        this.apart = new LinesApart(event, ledger, checks, notices, meals);
        this.ownIssue = new OwnIssueWords(receipts.issues());
        this.news = new IssueNews(receipts.issues());
        this.filling = GapFilling.of(event, ledger, meals, figures, visits, ownIssue, news);
    }

    ServedMeals served() {
        return recording.served();
    }

    ServedMealFigures servedFigures() {
        return servedFigures;
    }

    Ledger ledger() {
        return ledger;
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
            // 电瓶还是没电 师傅还在弄; 那个崴脚的队员拍了片子没骨折; 1510那间还是没打扫 (after it was resolved)
            Optional<Record> followUp = ownIssue.followUp(text, asked.sender(), news, asked.now());
            // 打扫好了 谢谢🙏 after it was resolved: acknowledged
            if (followUp.isEmpty())
                return ownIssue.thanks(text, asked.sender(), asked.now())
                        .map(Answer::of)
                        .orElse(Answer.silence());
            outcome = new ParseOutcome.Understood(List.of(followUp.get()));
        }
        UnreadKinds.Split split = UnreadKinds.split(outcome);
        if (!split.unread().isEmpty())
            return UnreadKinds.add(
                    take(split.outcome(), asked, text, replaced),
                    split.unread(),
                    asked.sender(),
                    BusPickups.reporter(event, asked));
        GapFilling.Filled filled = filling.fill(outcome, asked, text);
        List<Record> records = filled.records();
        List<Gap> gaps = ComingBackToEat.drop(filled.gaps(), records, text);
        LinesApart.Sorted sorted = apart.sort(records, asked, text, replaced);
        records = sorted.kept();
        Optional<Answer> relayed = apart.relayed(sorted, asked, text, replaced);
        Answer applied = relayed.isPresent()
                ? relayed.get()
                : records.isEmpty()
                        ? Answer.silence()
                        : recording.apply(records, asked, false, replaced, asked.now(), text);
        applied = apart.noted(sorted, asked, text, replaced, applied);
        applied = filled.noted(applied, event);
        Answer answer = gaps.isEmpty() ? applied : ask(CountsBesideDays.counted(gaps, text), asked, applied);
        return Unclear.add(
                answer,
                filled.unclear(),
                asked.sender(),
                BusPickups.reporter(event, asked),
                text,
                st -> filling.figures()
                        .question(st, asked.sender(), asked.today())
                        .or(() -> servedFigures.said(st, text, asked)));
    }

    /** Applies records of a message; held back for confirmation when a count is absurd and not yet confirmed. */
    Answer apply(List<Record> records, Asked asked, boolean confirmed) {
        return recording.apply(records, asked, confirmed, List.of(), asked.now(), null);
    }

    /**
     * Applies records completed by the answer to a question of the day, read from {@code said} (the answer and the
     * statement asked about): an hour said changed in it is weighed as in the message ({@link PackedLeaveBy}, {@link StandingHours}).
     */
    Answer applyDated(List<Record> records, Asked asked, String said) {
        return recording.apply(records, asked, false, List.of(), asked.now(), said);
    }

    /**
     * Whether {@code held} is a departure held beside a packed meal ({@link PackedLeaveBy}) whose message has since been
     * undone: what it filed is taken back, and so is the question.
     */
    boolean undoneBeside(Source held) {
        return held.messageKey().endsWith(HeldVersions.LEAVING)
                && ledger.activeEntriesOf(held.messageRef()).isEmpty();
    }

    /** Applies records held back under their message {@code held}, as they stand when {@code asked} applies them. */
    Answer applyHeld(List<Record> records, Source held, Asked asked, boolean confirmed) {
        Asked asHeld = new Asked(held, asked.sender(), null, asked.today());
        return recording.apply(records, asHeld, confirmed, List.of(), asked.now(), null);
    }

    /** Holds {@code records} of a message for the sender's 确认, asking {@code question} ({@link Holds#holdAsking}). */
    Answer hold(List<Record> records, Asked asked, String question) {
        return holds.holdAsking(records, asked, question);
    }

    /** Asks for the first gap, after what {@code applied} already says ({@link GapQuestions}). */
    Answer ask(List<Gap> gaps, Asked asked, Answer applied) {
        return questions.ask(gaps, asked, applied);
    }

    /** As {@link #ask(List, Asked, Answer)}, asking {@code question}. */
    Answer ask(List<Gap> gaps, Asked asked, Answer applied, String question) {
        return questions.ask(gaps, asked, applied, question);
    }

    /** The question waiting for the sender's next message ({@link GapQuestions#waiting}). */
    Optional<Pending.Answer> waiting(Asked asked) {
        return questions.waiting(asked);
    }

    /** The question waiting for the sender's next message taken as answered. */
    void answered(Asked asked) {
        questions.answered(asked);
    }

    /** Keeps {@code waiting} open for the sender's next message, as asked at first ({@link GapQuestions#keep}). */
    void keep(Pending.Answer waiting, Asked asked) {
        questions.keep(waiting, asked);
    }
}
