package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * A figure corrected in words sent on its own, not as a reply (the sandbox cannot reply), as {@link Amendments} takes
 * it: it corrects the sender's last report when that has one figure and was sent in the past 10 minutes or is of meals
 * whose count deadline has not passed, else names the last report and asks which record; a figure said to be corrected ("刚才报的25个要改成24个") picks the record of the last report that has it, however long ago.
 */
final class LastReportCorrections {
    private static final Duration RECENT = Duration.ofMinutes(10);
    private final Event event;
    private final RecordText texts;
    private final PendingQuestions pending;
    private final Ledger ledger;
    private final OwnBusRecount ownBus;
    private final CorrectedReports reports;

    LastReportCorrections(
            Event event, PendingQuestions pending, Ledger ledger, OwnBusRecount ownBus, CorrectedReports reports) {
        this.event = event;
        this.texts = new RecordText(event);
        this.pending = pending;
        this.ledger = ledger;
        this.ownBus = ownBus;
        this.reports = reports;
    }

    /** The answer to {@code said}, sent on its own ({@code meal} the id of the meal it names, "" for one unknown). */
    Optional<Answer> answer(SaidCorrection said, String meal, String text, Asked asked) {
        return said.was() != null
                ? pointedBack(said.figure(), said.was(), meal, text, asked)
                : standalone(said, meal, text, asked);
    }

    /**
     * The sender's last report, when it has one figure and is at most 10 minutes old or of meals still before their
     * count deadline ({@link #open}); else the question which record, naming the last one. A recount ("刚才数错了 是41") that corrects no such report is left to the parser.
     */
    private Optional<Answer> standalone(SaidCorrection said, String meal, String text, Asked asked) {
        int figure = said.figure();
        boolean recount = said.recount();
        Optional<String> lastRef =
                ledger.lastMessageOf(asked.chat(), asked.sender().userId());
        List<Entry> all = lastRef.map(ledger::activeEntriesOf).orElse(List.of());
        List<Entry> had = CorrectedReports.fitting(all, meal, said);
        String question = Keys.answer(asked.chat(), asked.sender().userId());
        boolean asking = pending.peek(question, asked.now()).isPresent();
        if (had.isEmpty())
            return asking || lastRef.isEmpty() || recount
                    ? Optional.empty()
                    : Optional.of(CorrectedReports.nothingToCorrect(all.isEmpty(), figure));
        // 刚才数错了 是31个 from a bus liaison whose last count was another vehicle's: their own bus, or asked.
        OwnBusRecount.Target target = recount ? ownBus.target(had, asked) : OwnBusRecount.Target.LAST;
        if (target == OwnBusRecount.Target.OWN_BUS) return Optional.empty();
        if (target == OwnBusRecount.Target.ASK) return Optional.of(ownBus.which(had, figure, asked));
        Optional<List<Record>> corrected = reports.corrected(had, said);
        if (open(had, asked) && corrected.isPresent()) {
            // a correction of the last report is no answer to a question still open: it supersedes it
            if (asking) pending.take(question, asked.now());
            return Optional.of(reports.amend(had, corrected.get(), text, asked));
        }
        if (asking || recount) return Optional.empty();
        return Optional.of(Answer.of(
                Reply.Kind.REFUSAL,
                "未更正：不能确定要更正哪条记录。您最近的一条是“" + described(had) + "”。如要更正这条，请回复该条消息发送“不对，是" + figure + "人”，或发送“撤销”后重新报送。"));
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
        List<Entry> had = CorrectedReports.ofFigure(CorrectedReports.ofMeal(all, meal), was);
        Optional<List<Record>> corrected =
                CorrectedRecords.withFigure(had.stream().map(Entry::record).toList(), figure);
        if (!had.isEmpty() && corrected.isPresent()) {
            pending.take(Keys.answer(asked.chat(), asked.sender().userId()), asked.now());
            return Optional.of(reports.amend(had, corrected.get(), text, asked));
        }
        if (meal != null) return Optional.empty();
        String last = all.isEmpty() ? "" : "您最近的一条是“" + described(all) + "”，其中没有" + was + "人。";
        return Optional.of(Answer.of(
                Reply.Kind.REFUSAL,
                "未更正：不能确定要把哪条记录的" + was + "人改成" + figure + "人。" + last + "请说明是哪一餐，如：今天晚饭" + figure + "人"));
    }

    /**
     * Whether the report may still be corrected in place: sent in the past 10 minutes, or only of meals whose count
     * deadline has not passed (a change after it is a late change, so an older report is named and asked about).
     */
    private boolean open(List<Entry> had, Asked asked) {
        if (!had.get(0).source().at().isBefore(asked.now().minus(RECENT))) return true;
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone());
        return had.stream()
                .allMatch(e -> e.record() instanceof MealRecord m
                        && event.meal(m.meal())
                                .map(meal -> now.isBefore(meal.deadlineFor(m.date())))
                                .orElse(false));
    }

    private String described(List<Entry> entries) {
        return entries.stream().map(e -> texts.describe(e.record())).collect(Collectors.joining("；"));
    }
}
