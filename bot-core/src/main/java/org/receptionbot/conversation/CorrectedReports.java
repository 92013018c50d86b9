package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.RecordFields;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A report corrected in place by a figure said in words ({@link SaidCorrection}), as an edit of its message would: the
 * entries of the report the correction fits, their records with the corrected figure, and the answer.
 */
final class CorrectedReports {
    private final Event event;
    private final Intake intake;

    CorrectedReports(Event event, Intake intake) {
        this.event = event;
        this.intake = intake;
    }

    /**
     * The records of {@code had} with the corrected figure: a change of a meal corrected with a figure alone may be the
     * meal's count ({@link CorrectedRecords#counts}).
     */
    Optional<List<Record>> corrected(List<Entry> had, SaidCorrection said) {
        return CorrectedRecords.withFigure(had.stream().map(Entry::record).toList(), said.figure())
                .map(r -> said.change() ? r : CorrectedRecords.counts(event, r, said.mealWord() != null));
    }

    /**
     * Applies the corrected records in place of those of the message, as an edit of it; records of {@code corrected}
     * after those of {@code all} are recorded beside them.
     */
    Answer amend(List<Entry> all, List<Record> corrected, String text, Asked asked) {
        // only the records with the figure are recorded again: an issue reported with them stays as filed
        List<Entry> had =
                all.stream().filter(e -> CorrectedRecords.counted(e.record())).toList();
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < all.size(); i++)
            if (CorrectedRecords.counted(all.get(i).record())) records.add(corrected.get(i));
        // records beyond those of the message corrected are new, said beside the correction
        records.addAll(corrected.subList(all.size(), corrected.size()));
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

    /**
     * The entries {@code said} fits: of the meal it names ({@code meal}), with the figure it says was there, and of the
     * change it says ({@link #ofChange}).
     */
    static List<Entry> fitting(List<Entry> entries, String meal, SaidCorrection said) {
        return ofChange(ofFigure(ofMeal(entries, meal), said.was()), said);
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
    static List<Entry> ofFigure(List<Entry> entries, Integer was) {
        if (was == null) return entries;
        return entries.stream()
                .filter(e ->
                        was.toString().equals(RecordFields.write(e.record()).get("count")))
                .toList();
    }

    /** The entries of the meal named in the correction (all of them when it names none). */
    static List<Entry> ofMeal(List<Entry> entries, String meal) {
        if (meal == null) return entries;
        return entries.stream()
                .filter(e -> e.record() instanceof MealRecord r && meal.equals(r.meal()))
                .toList();
    }

    /** A correction with no report in force to correct: its report was undone, or there is none. */
    static Answer nothingToCorrect(boolean undone, int figure) {
        return Answer.of(Reply.Kind.REFUSAL, "没有可更正的记录" + (undone ? "（原记录已撤销）" : "") + "。请直接报，如：明天午饭" + figure + "人");
    }

    /** A correction of a report with no one figure to correct. */
    static Answer several() {
        return Answer.of(Reply.Kind.REFUSAL, "原消息中没有唯一的人数可以更正，请撤销后重新完整发送。");
    }
}
