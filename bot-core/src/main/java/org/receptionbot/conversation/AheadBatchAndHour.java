package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Departure;

/**
 * A departure moved to its day ahead by {@link DepartureDayAhead}, fitted to the departure of that day it changes: a
 * batch named by its order ("第一批改成G1504了", "第二批…") is that recorded batch, its count kept; an hour read in the
 * evening as tonight's ("8点40开" said at 19:30, read 20:40) with no half of the day said is read as the morning's when
 * that is nearer the departure it changes (08:05 for the first batch; the plan's 09:30).
 */
final class AheadBatchAndHour {
    private static final Pattern ORDINAL = Pattern.compile("第\\s*([一二三1-3])\\s*[批拨波]");
    private final Event event;
    private final Ledger ledger;

    AheadBatchAndHour(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** {@code d}, dated its day ahead, as the batch named and at the hour meant. */
    Departure fit(Departure d, String text) {
        Departure batch = batch(d, text);
        Departure fitted = batch == null
                ? d
                : new Departure(d.delegation(), d.date(), d.time(), batch.count(), d.transport(), d.part());
        LocalTime target = batch != null ? batch.time() : standing(d);
        LocalTime hour = hour(d.time(), target, text);
        return Objects.equals(hour, d.time())
                ? fitted
                : new Departure(
                        fitted.delegation(), fitted.date(), hour, fitted.count(), fitted.transport(), fitted.part());
    }

    /** The recorded batch of that day named by its order, when {@code d} counts no people of its own. */
    private Departure batch(Departure d, String text) {
        Matcher m = ORDINAL.matcher(text);
        if (d.count() != null || !m.find()) return null;
        int n = "一1".indexOf(m.group(1)) >= 0 ? 0 : "二2".indexOf(m.group(1)) >= 0 ? 1 : 2;
        Integer size = event.delegation(d.delegation()).map(Delegation::size).orElse(null);
        List<Departure> batches = ofDay(d).stream()
                .filter(x -> x.count() != null && (size == null || x.count() < size) && x.time() != null)
                .sorted(Comparator.comparing(Departure::time))
                .toList();
        return batches.size() >= 2 && n < batches.size() ? batches.get(n) : null;
    }

    /** The hour of the team's one whole departure that day, recorded or else planned. */
    private LocalTime standing(Departure d) {
        Integer size = event.delegation(d.delegation()).map(Delegation::size).orElse(null);
        List<Departure> whole = ofDay(d).stream()
                .filter(x -> x.count() == null || size != null && x.count() >= size)
                .toList();
        if (whole.size() == 1) return whole.get(0).time();
        if (!whole.isEmpty()) return null;
        Plan plan = event.delegation(d.delegation()).map(Delegation::departure).orElse(null);
        return plan != null && plan.date().equals(d.date()) ? plan.time() : null;
    }

    /** {@code time}, or its morning reading when no half of the day nor the afternoon hour was said and it is nearer. */
    private static LocalTime hour(LocalTime time, LocalTime target, String text) {
        if (time == null || target == null || time.getHour() < 13 || LeaveWords.halfOfDay(text)) return time;
        if (Pattern.compile("(?<!\\d)" + time.getHour() + "\\s*[点:：]")
                .matcher(text)
                .find()) return time;
        LocalTime morning = time.minusHours(12);
        long evening = Math.abs(Duration.between(target, time).toMinutes());
        long early = Math.abs(Duration.between(target, morning).toMinutes());
        return early < evening ? morning : time;
    }

    private List<Departure> ofDay(Departure d) {
        return ledger.activeMovements().stream()
                .map(Entry::record)
                .filter(r -> r instanceof Departure x
                        && x.delegation().equals(d.delegation())
                        && x.date().equals(d.date()))
                .map(Departure.class::cast)
                .toList();
    }
}
