package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * People said to have arrived as the message is sent ("那三个人到了", "3个队员已经到酒店了", "到齐了"), as
 * the parser marks the outcome ({@link ParseOutcome#saidNow()}), so that the report can be tied to an
 * arrival already reported or planned. The parser reads some of these as no record at all (the
 * contract gives none for "那三个人到了"); the chat never records from the mark alone.
 *
 * @param count the figure said, or null
 * @param all everyone expected is said to be there (到齐)
 */
record ArrivedNow(Integer count, boolean all) {

    /** What {@code outcome} says of people who have just arrived, if the parser marked it so. */
    static Optional<ArrivedNow> read(ParseOutcome outcome) {
        return said(outcome).map(s -> new ArrivedNow(s.count(), s.all()));
    }

    /** "到了33 还差一个": how many are said not to have come with those arrived, if the parser marked any. */
    static Optional<Integer> missing(ParseOutcome outcome) {
        return said(outcome).map(SaidNow::missing);
    }

    /**
     * "到了33人 还有1个明天到": the arrival of today, with no time, of those said to have come beside the ones
     * short, whose own later arrival is another record; empty for anything else.
     */
    static Optional<Arrival> partCome(ParseOutcome outcome, LocalDateTime now) {
        if (!(outcome instanceof ParseOutcome.Understood u) || missing(outcome).orElse(null) == null)
            return Optional.empty();
        Integer count = said(outcome).map(SaidNow::count).orElse(null);
        for (var r : u.records())
            if (r instanceof Arrival a
                    && a.date().equals(now.toLocalDate())
                    && a.time() == null
                    && a.part() == null
                    && java.util.Objects.equals(a.count(), count)) return Optional.of(a);
        return Optional.empty();
    }

    /** The train or flight the report names ("到了 坐的G1502"), if one. */
    static Optional<String> transport(ParseOutcome outcome) {
        return said(outcome).map(SaidNow::transport);
    }

    /**
     * The one arrival of today an understood message reports as done, with no later time or part of the day; a problem
     * said beside it (an ISSUE) does not change what the arrival is.
     */
    static Optional<Arrival> arrival(ParseOutcome outcome, LocalDateTime now) {
        if (!(outcome instanceof ParseOutcome.Understood u)) return Optional.empty();
        List<Record> arrivals =
                u.records().stream().filter(r -> !(r instanceof Issue)).toList();
        if (arrivals.size() != 1) return Optional.empty();
        if (!(arrivals.get(0) instanceof Arrival a) || !a.date().equals(now.toLocalDate()) || a.part() != null)
            return Optional.empty();
        boolean later = a.time() != null && a.time().isAfter(now.toLocalTime());
        return later || said(outcome).isEmpty() ? Optional.empty() : Optional.of(a);
    }

    /** The problems said beside the arrival ("到了 有个队员崴脚了 需要去医院"), recorded with it as they would be alone. */
    static List<Record> beside(ParseOutcome outcome) {
        return outcome.records().stream().filter(r -> r instanceof Issue).toList();
    }

    /**
     * {@code outcome} with an arrival reported as it happens and tied to nothing timed at the report's minute {@code now},
     * so that it reads as one that happened and its people count from the next serving: those who came beside the ones
     * short ("到了33人 还有1个明天到": the ones short on their own day), or the one arrival of today said as done; any
     * other outcome as it is.
     */
    static ParseOutcome timed(ParseOutcome outcome, LocalDateTime now) {
        Optional<Arrival> a =
                partCome(outcome, now).or(() -> arrival(outcome, now).filter(x -> x.time() == null));
        if (a.isEmpty()) return outcome;
        List<Record> records = new ArrayList<>(outcome.records());
        records.set(records.indexOf(a.get()), at(a.get(), now));
        return new ParseOutcome.Understood(records, ((ParseOutcome.Understood) outcome).further(), outcome.saidNow());
    }

    /** {@code a} at the report's minute: its people count from the next serving. */
    static Arrival at(Arrival a, LocalDateTime now) {
        return new Arrival(a.delegation(), now.toLocalDate(), now.toLocalTime(), a.count(), a.transport());
    }

    /** The parser's mark of an arrival said as done, with nothing saying it is still to come. */
    static Optional<SaidNow> said(ParseOutcome outcome) {
        SaidNow s = outcome.saidNow();
        return s != null && s.kind() == SaidNow.Kind.ARRIVAL ? Optional.of(s) : Optional.empty();
    }
}
