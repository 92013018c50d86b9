package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * People said to be gone already ("有2个已经回南宁了", "那3个已经走了", "有1个回南昌了") with no hour: the departure is marked as said
 * now when the parser did not mark it, so it is taken as done at the report's minute ({@link
 * DepartureConfirmations}) and nobody is asked when they leave. Said beside meal figures ("云南中午55 晚上53个，两个回昆明了"),
 * the departure is timed at the report's minute itself: the figures already leave them out, and nobody is told that
 * today's meals still count them.
 */
final class GoneAlready {
    private static final Pattern GONE = Pattern.compile("已经?(?:回|走|离|返|撤|出发|动身|上路)");
    /** 回南昌了, 先走了: a leaving verb closed by 了 with no word of time to come before it. */
    private static final Pattern DONE = Pattern.compile("^[^要将准备打算会明等待马就快]*?(?:回|走|离开|返回|撤)[^，,。；;！!？?\\s要]{0,6}?了");

    private GoneAlready() {}

    /** {@code read}, marked as a departure said now when it is one untimed departure of today said as done. */
    static ParseOutcome marked(ParseOutcome read, String text, LocalDate today) {
        if (read.saidNow() != null
                || !(GONE.matcher(text).find() || DONE.matcher(text).find())) return read;
        if (!(read instanceof ParseOutcome.Understood u) || u.records().size() != 1) return read;
        if (!(u.records().get(0) instanceof Departure d)
                || d.time() != null
                || d.part() != null
                || !today.equals(d.date())) return read;
        return read.saying(new SaidNow(SaidNow.Kind.DEPARTURE, d.count(), false, d.transport()));
    }

    /**
     * {@code read} with its one untimed departure of today said as done among other records (meal figures) timed at
     * {@code now}'s minute; {@code read} itself otherwise, and when the delegation has a departure of today on record or
     * planned (the one said gone may be it: {@link KnownMovements} and {@link DepartureConfirmations} tie them).
     */
    static ParseOutcome timed(ParseOutcome read, String text, LocalDateTime now, Event event, Ledger ledger) {
        if (!(GONE.matcher(text).find() || DONE.matcher(text).find())) return read;
        if (!(read instanceof ParseOutcome.Understood u) || u.records().size() < 2) return read;
        List<Departure> untimed = u.records().stream()
                .filter(r -> r instanceof Departure d
                        && d.time() == null
                        && d.part() == null
                        && now.toLocalDate().equals(d.date()))
                .map(Departure.class::cast)
                .toList();
        long movements = u.records().stream()
                .filter(r -> r instanceof org.receptionbot.record.Movement)
                .count();
        if (untimed.size() != 1 || movements != 1) return read;
        Departure d = untimed.get(0);
        boolean known = ledger.activeMovements().stream()
                        .anyMatch(e -> e.record() instanceof Departure x
                                && x.delegation().equals(d.delegation())
                                && x.date().equals(d.date()))
                || event.delegation(d.delegation())
                        .map(Delegation::departure)
                        .filter(p -> p.date().equals(d.date()))
                        .isPresent();
        if (known) return read;
        List<Record> records = new ArrayList<>(u.records());
        records.set(
                records.indexOf(d),
                new Departure(
                        d.delegation(),
                        d.date(),
                        now.truncatedTo(ChronoUnit.MINUTES).toLocalTime(),
                        d.count(),
                        d.transport()));
        return read.withRecords(records);
    }
}
