package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.DeniedArrivalWords;
import org.receptionbot.record.Arrival;
import org.receptionbot.summary.RecordText;

/**
 * "不对 我们不是今天到的 早就到了": a liaison denying that their delegation arrived today (or saying it arrived long
 * ago) withdraws the arrival recorded for it today: the sender's own last one, else the one such record. With no
 * arrival of today recorded, or when the message reports an arrival itself, it is read as usual.
 */
final class DeniedArrivals {
    private final Ledger ledger;
    private final Recorder recorder;
    private final Intake intake;
    private final RecordText texts;

    DeniedArrivals(Event event, Ledger ledger, Recorder recorder, Intake intake) {
        this.ledger = ledger;
        this.recorder = recorder;
        this.intake = intake;
        this.texts = new RecordText(event);
    }

    /** The answer when {@code text} denies today's recorded arrival of the sender's delegation; else empty. */
    Optional<Answer> answer(ParseOutcome outcome, String text, Asked asked) {
        String delegation = asked.sender().delegation();
        if (delegation == null || !DeniedArrivalWords.saidIn(text)) return Optional.empty();
        if (outcome.records().stream().anyMatch(r -> r instanceof Arrival)) return Optional.empty();
        Optional<Entry> recorded = recorded(delegation, asked);
        if (recorded.isEmpty()) return Optional.empty();
        recorder.withdraw(List.of(recorded.get()), asked.source());
        String done = "已有记录：" + texts.describe(recorded.get().record()) + "，已删除（按您所说，不是今天到达）";
        if (outcome.records().isEmpty()) return Optional.of(Answer.of(Reply.Kind.CORRECTION, done));
        Answer rest = intake.take(outcome, asked, text);
        return Optional.of(rest.silent() ? Answer.of(Reply.Kind.CORRECTION, done) : rest.then(done));
    }

    /** The delegation's arrival recorded for today: the sender's latest, else the only one. */
    private Optional<Entry> recorded(String delegation, Asked asked) {
        List<Entry> today = ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Arrival a
                        && delegation.equals(a.delegation())
                        && asked.today().equals(a.date()))
                .toList();
        Optional<Entry> own = today.stream()
                .filter(e -> e.source().senderId().equals(asked.sender().userId()))
                .reduce((a, b) -> b.source().at().isAfter(a.source().at()) ? b : a);
        if (own.isPresent()) return own;
        return today.size() == 1 ? Optional.of(today.get(0)) : Optional.empty();
    }
}
