package org.receptionbot.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.RecordFields;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * A figure corrected in words ("不对，是29人", "改成29", "应该是29人", with a remark after it that has no figure:
 * "不对，是29人 浙江那个不算"): in answer to a 确认 prompt it
 * replaces the figure held back; in reply to a message or to the bot's answer to it, it replaces
 * the figure of that message's records (the sender's last message with records when the message
 * replied to has none), as an edit of it would; sent on its own, it corrects the sender's last
 * report of the past 10 minutes when that has one figure, else asks which record. In answer to a
 * question whether people move over or are more ({@link VisitOverbooking}) it replaces the figure
 * reported.
 */
public final class Amendments {
    private static final Duration RECENT = Duration.ofMinutes(10);
    private final Event event;
    private final RecordText texts;
    private final PendingQuestions pending;
    private final Ledger ledger;
    private final Intake intake;
    private final Choice choice;
    private final MealNames meals;
    private final OwnBusRecount ownBus;
    private final VehicleCorrections vehicles;
    private final LastBusRecount lastBus;

    public Amendments(Event event, PendingQuestions pending, Ledger ledger, Intake intake, Choice choice) {
        this.event = event;
        this.texts = new RecordText(event);
        this.pending = pending;
        this.ledger = ledger;
        this.intake = intake;
        this.choice = choice;
        this.meals = new MealNames(event);
        this.ownBus = new OwnBusRecount(event, ledger);
        this.vehicles = new VehicleCorrections(event, pending, intake, choice);
        this.lastBus = new LastBusRecount(event, ledger, pending, intake, ownBus);
    }

    /** The answer when the message corrects a figure; empty when it is not a correction. */
    Optional<Answer> answer(String text, Asked asked) {
        Optional<Answer> bus = vehicles.answer(text, asked);
        if (bus.isPresent()) return bus;
        // 刚才数错了 是39个 宁夏那个本来就没上车: the bus the sender counted last, counted again
        Optional<Answer> recount = lastBus.answer(text, asked);
        if (recount.isPresent()) return recount;
        Optional<SaidCorrection> said = SaidCorrection.read(text);
        if (said.isEmpty())
            return ownBus.remarked(text, asked)
                    .map(h -> intake.take(new ParseOutcome.Understood(List.of(h)), asked, text));
        int figure = said.get().figure();
        boolean change = said.get().change();
        boolean fewer = said.get().fewer();
        // a meal word the event does not know matches no record
        String meal = said.get().mealWord() == null
                ? null
                : Objects.requireNonNullElse(meals.idOf(said.get().mealWord()), "");
        String key = Keys.confirmation(asked.chat(), asked.sender().userId());
        if (pending.peek(key, asked.now()).orElse(null) instanceof Pending.Confirmation) {
            var held = (Pending.Confirmation) pending.take(key, asked.now()).orElseThrow();
            return Optional.of(CorrectedRecords.withFigure(held.records(), figure)
                    .map(r -> change ? r : CorrectedRecords.counts(event, r, false))
                    .map(r -> intake.applyHeld(r, versionOf(held.source(), asked), asked, false))
                    .orElseGet(Amendments::several));
        }
        Optional<Pending.Confirmation> chosen =
                choice.take(Choice.Option.ADDED, asked.chat(), asked.sender().userId(), asked);
        if (chosen.isPresent())
            return Optional.of(CorrectedRecords.withFigure(chosen.get().records(), figure)
                    .map(r -> intake.applyHeld(r, versionOf(chosen.get().source(), asked), asked, false))
                    .orElseGet(Amendments::several));
        Integer was = said.get().was();
        if (asked.replyTo() == null)
            return was != null
                    ? pointedBack(figure, was, meal, text, asked)
                    : standalone(said.get(), meal, text, asked);
        Optional<String> target = Optional.of(Source.messageRef(asked.chat(), asked.replyTo()))
                .filter(ref -> !ledger.activeEntriesOf(ref).isEmpty())
                .or(() -> ledger.lastMessageOf(asked.chat(), asked.sender().userId()));
        List<Entry> had = ofChange(
                ofFigure(ofMeal(target.map(ref -> ledger.activeEntriesOf(ref)).orElse(List.of()), meal), was),
                said.get());
        if (had.isEmpty()) return Optional.of(nothingToCorrect(target.isPresent(), figure));
        return Optional.of(
                corrected(had, said.get()).map(r -> amend(had, r, text, asked)).orElseGet(Amendments::several));
    }

    /**
     * The held message as recorded by this correction: a version of it keyed by the correction, so that
     * "撤销" right after the correction takes back what the correction recorded.
     */
    private static Source versionOf(Source held, Asked asked) {
        return new Source(
                asked.source().messageKey(),
                held.chat(),
                held.messageId(),
                held.senderId(),
                held.senderName(),
                held.at(),
                held.known());
    }

    /**
     * Not a reply (the sandbox cannot reply): the sender's last report, when it is at most 10 minutes
     * old and has one figure; else the question which record, naming the last one. A recount ("刚才数错了 是41")
     * that corrects no such report is left to the parser.
     */
    private Optional<Answer> standalone(SaidCorrection said, String meal, String text, Asked asked) {
        int figure = said.figure();
        boolean recount = said.recount();
        Optional<String> lastRef =
                ledger.lastMessageOf(asked.chat(), asked.sender().userId());
        List<Entry> all = lastRef.map(ledger::activeEntriesOf).orElse(List.of());
        List<Entry> had = ofChange(ofMeal(all, meal), said);
        String question = Keys.answer(asked.chat(), asked.sender().userId());
        boolean asking = pending.peek(question, asked.now()).isPresent();
        if (had.isEmpty())
            return asking || lastRef.isEmpty() || recount
                    ? Optional.empty()
                    : Optional.of(nothingToCorrect(all.isEmpty(), figure));
        // 刚才数错了 是31个 from a bus liaison whose last count was another vehicle's: their own bus, or asked.
        OwnBusRecount.Target target = recount ? ownBus.target(had, asked) : OwnBusRecount.Target.LAST;
        if (target == OwnBusRecount.Target.OWN_BUS) return Optional.empty();
        if (target == OwnBusRecount.Target.ASK) return Optional.of(ownBus.which(had, figure, asked));
        boolean recent = !had.get(0).source().at().isBefore(asked.now().minus(RECENT));
        Optional<List<Record>> corrected = corrected(had, said);
        if (recent && corrected.isPresent()) {
            // a correction of the last report is no answer to a question still open: it supersedes it
            if (asking) pending.take(question, asked.now());
            return Optional.of(amend(had, corrected.get(), text, asked));
        }
        if (asking || recount) return Optional.empty();
        String last = had.stream().map(e -> texts.describe(e.record())).collect(Collectors.joining("；"));
        return Optional.of(Answer.of(
                Reply.Kind.REFUSAL,
                "未更正：不能确定要更正哪条记录。您最近的一条是“" + last + "”。如要更正这条，请回复该条消息发送“不对，是" + figure + "人”，或发送“撤销”后重新报送。"));
    }

    /**
     * "刚才报的25个要改成24个": the figure said to be corrected picks the record of the sender's last report that has it,
     * however long ago it was sent; with no such record, the question which meal, naming the last report (a meal named,
     * "刚才报的晚饭25个改成24个", is left to the parser, which reads the meal's new figure).
     */
    private Optional<Answer> pointedBack(int figure, int was, String meal, String text, Asked asked) {
        Optional<String> lastRef =
                ledger.lastMessageOf(asked.chat(), asked.sender().userId());
        List<Entry> all = lastRef.map(ledger::activeEntriesOf).orElse(List.of());
        List<Entry> had = ofFigure(ofMeal(all, meal), was);
        Optional<List<Record>> corrected =
                CorrectedRecords.withFigure(had.stream().map(Entry::record).toList(), figure);
        if (!had.isEmpty() && corrected.isPresent()) {
            pending.take(Keys.answer(asked.chat(), asked.sender().userId()), asked.now());
            return Optional.of(amend(had, corrected.get(), text, asked));
        }
        if (meal != null) return Optional.empty();
        String last = all.isEmpty()
                ? ""
                : "您最近的一条是“" + all.stream().map(e -> texts.describe(e.record())).collect(Collectors.joining("；"))
                        + "”，其中没有" + was + "人。";
        return Optional.of(Answer.of(
                Reply.Kind.REFUSAL,
                "未更正：不能确定要把哪条记录的" + was + "人改成" + figure + "人。" + last + "请说明是哪一餐，如：今天晚饭" + figure + "人"));
    }

    /**
     * The records of {@code had} with the corrected figure: a change of a meal corrected with a figure alone may be the
     * meal's count ({@link CorrectedRecords#counts}).
     */
    private Optional<List<Record>> corrected(List<Entry> had, SaidCorrection said) {
        return CorrectedRecords.withFigure(had.stream().map(Entry::record).toList(), said.figure())
                .map(r -> said.change() ? r : CorrectedRecords.counts(event, r, said.mealWord() != null));
    }

    /**
     * The entries a correction said with 少 or 加 ("不对 是少4个") fits: the report's reductions, or additions, when it
     * has some; all of them otherwise.
     */
    private static List<Entry> ofChange(List<Entry> entries, SaidCorrection said) {
        if (!said.change()) return entries;
        List<Entry> fit = entries.stream()
                .filter(e -> CorrectedRecords.changes(e.record(), said.fewer()))
                .toList();
        return fit.isEmpty() ? entries : fit;
    }

    /** The entries whose figure is {@code was} (all of them when it is null). */
    private static List<Entry> ofFigure(List<Entry> entries, Integer was) {
        if (was == null) return entries;
        return entries.stream()
                .filter(e ->
                        was.toString().equals(RecordFields.write(e.record()).get("count")))
                .toList();
    }

    /** The entries of the meal named in the correction (all of them when it names none). */
    private static List<Entry> ofMeal(List<Entry> entries, String meal) {
        if (meal == null) return entries;
        return entries.stream()
                .filter(e -> e.record() instanceof MealRecord r && meal.equals(r.meal()))
                .toList();
    }

    /** Applies the corrected records in place of those of the message, as an edit of it. */
    private Answer amend(List<Entry> all, List<Record> corrected, String text, Asked asked) {
        // only the records with the figure are recorded again: an issue reported with them stays as filed
        List<Entry> had =
                all.stream().filter(e -> CorrectedRecords.counted(e.record())).toList();
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < all.size(); i++)
            if (CorrectedRecords.counted(all.get(i).record())) records.add(corrected.get(i));
        Source first = had.get(0).source();
        Source as = new Source(
                asked.source().messageKey(),
                first.chat(),
                first.messageId(),
                asked.sender().userId(),
                asked.sender().name(),
                asked.now());
        Answer a = intake.take(
                new ParseOutcome.Understood(records), new Asked(as, asked.sender(), null, asked.today()), text, had);
        String edited = "已按修改后的消息更新：";
        if (!a.text().startsWith(edited)) return a;
        return new Answer("已更正：" + a.text().substring(edited.length()), a.buttons(), a.kind(), a.receipt());
    }

    /** A correction with no report in force to correct: its report was undone, or there is none. */
    private static Answer nothingToCorrect(boolean undone, int figure) {
        return Answer.of(Reply.Kind.REFUSAL, "没有可更正的记录" + (undone ? "（原记录已撤销）" : "") + "。请直接报，如：明天午饭" + figure + "人");
    }

    private static Answer several() {
        return Answer.of(Reply.Kind.REFUSAL, "原消息中没有唯一的人数可以更正，请撤销后重新完整发送。");
    }
}
