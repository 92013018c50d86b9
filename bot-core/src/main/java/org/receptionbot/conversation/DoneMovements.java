package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * Reports of people whose departure is done already: their arriving at a station on the way out is no
 * arrival, and their departure told again is not a second one ({@link MovementMatches}).
 */
final class DoneMovements {
    private static final Pattern LEAVERS = Pattern.compile("(?:走|离开|出发|送)的");
    private final Event event;
    private final Ledger ledger;
    private final Intake intake;
    private final MovementMatches matches;
    private final RecordText texts;

    DoneMovements(Event event, Ledger ledger, Intake intake) {
        this.event = event;
        this.ledger = ledger;
        this.intake = intake;
        this.matches = new MovementMatches(event, ledger);
        this.texts = new RecordText(event);
    }

    /**
     * People of today's departure said to reach their station ("早上走的那10个人已经到机场了") are not an
     * arrival: the departure is named, the rest of the message taken as usual.
     */
    Optional<Answer> leavers(ParseOutcome outcome, String text, Asked asked) {
        if (!(outcome instanceof ParseOutcome.Understood u)
                || !LEAVERS.matcher(text).find()) return Optional.empty();
        List<Record> arrivals =
                u.records().stream().filter(Arrival.class::isInstance).toList();
        if (arrivals.size() != 1 || !MovementMatches.mayReport((Movement) arrivals.get(0), asked))
            return Optional.empty();
        Arrival a = (Arrival) arrivals.get(0);
        List<Entry> left = ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Departure d
                        && d.delegation().equals(a.delegation())
                        && d.date().equals(a.date())
                        && matches.samePeople(a, d)
                        && (d.time() == null
                                || !d.date()
                                        .atTime(d.time())
                                        .atZone(event.zone())
                                        .toInstant()
                                        .isAfter(asked.now())))
                .toList();
        if (left.size() != 1) return Optional.empty();
        String said = "已有记录：" + texts.describe(left.get(0).record()) + "（已离开的人员到达机场、车站，不记为抵达）";
        List<Record> rest = u.records().stream().filter(r -> r != a).toList();
        Answer taken = rest.isEmpty() ? Answer.silence() : intake.take(new ParseOutcome.Understood(rest), asked, text);
        return Optional.of(taken.silent() ? Answer.of(Reply.Kind.ANSWER, said) : taken.then(said));
    }

    /**
     * A said-now departure of people whose departure of today was recorded as done already (a resend):
     * "已有记录…，无需重复". One reported before its time is confirmed by {@link DepartureConfirmations}.
     */
    Optional<Answer> repeated(ParseOutcome outcome, Asked asked) {
        SaidNow now = outcome.saidNow();
        if (now == null || now.kind() != SaidNow.Kind.DEPARTURE) return Optional.empty();
        if (!(outcome instanceof ParseOutcome.Understood u)
                || u.further()
                || u.records().size() != 1) return Optional.empty();
        if (!(u.records().get(0) instanceof Departure d) || !MovementMatches.mayReport(d, asked))
            return Optional.empty();
        Optional<Entry> known = matches.same(d, "");
        if (known.isEmpty()) return Optional.empty();
        Departure old = (Departure) known.get().record();
        // recorded at or after its own time: told as done already (one told before is still to be confirmed)
        boolean happened = old.time() != null
                && !old.date()
                        .atTime(old.time())
                        .atZone(event.zone())
                        .toInstant()
                        .isAfter(known.get().source().at());
        if (!happened || d.time() != null && !d.time().equals(old.time())) return Optional.empty();
        return Optional.of(Answer.of(Reply.Kind.ANSWER, "已有记录：" + texts.describe(old) + "，无需重复"));
    }
}
