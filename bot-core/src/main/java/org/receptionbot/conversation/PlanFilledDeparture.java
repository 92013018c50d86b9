package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * A whole team's departure said with no hour and no train ("宁夏出发了 谢谢大家…", "吃完晚饭去车站"), which the parser gives
 * the plan's hour and train, while the team's whole departure that day is recorded changed from the plan (19:00 G1234
 * for the plan's 15:30 D2236): it is that recorded departure said again, never the old plan put back; said gone now,
 * it has no hour or train of its own, so that the recorded one is confirmed gone.
 */
final class PlanFilledDeparture {
    private static final Pattern HOUR = Pattern.compile("\\d{1,2}\\s*[点:：]|[一二两三四五六七八九十]+点");
    private final Event event;
    private final Ledger ledger;

    PlanFilledDeparture(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** {@code read} with each departure filled from the plan replaced by the recorded one of that day. */
    ParseOutcome read(ParseOutcome read, String text) {
        if (HOUR.matcher(text).find()) return read;
        List<Record> records = read instanceof ParseOutcome.Understood u
                ? u.records()
                : read instanceof ParseOutcome.Incomplete i ? i.records() : List.of();
        List<Record> kept = new ArrayList<>();
        boolean changed = false;
        for (Record r : records) {
            Departure recorded = r instanceof Departure d ? recordedInstead(d, text) : null;
            changed |= recorded != null;
            // 宁夏出发了: said gone now, with no hour of its own, for the departure waiting to be confirmed gone
            boolean now = read.saidNow() != null;
            kept.add(
                    recorded == null
                            ? r
                            : new Departure(
                                    recorded.delegation(),
                                    recorded.date(),
                                    now ? null : recorded.time(),
                                    ((Departure) r).count(),
                                    now ? null : recorded.transport(),
                                    now ? null : recorded.part()));
        }
        if (!changed) return read;
        if (read instanceof ParseOutcome.Understood u)
            return new ParseOutcome.Understood(kept, u.further(), u.saidNow());
        List<Gap> gaps = ((ParseOutcome.Incomplete) read).gaps();
        return new ParseOutcome.Incomplete(kept, gaps, read.saidNow());
    }

    /** The team's one whole departure recorded on {@code d}'s day, off the plan, when {@code d} is the plan filled in. */
    private Departure recordedInstead(Departure d, String text) {
        if (d.delegation() == null || d.time() == null) return null;
        Delegation team = event.delegation(d.delegation()).orElse(null);
        Plan plan = team == null ? null : team.departure();
        if (plan == null
                || !plan.date().equals(d.date())
                || !Objects.equals(plan.time(), d.time())
                || !Objects.equals(plan.transport(), d.transport())
                || d.transport() != null && text.toUpperCase().contains(d.transport())) return null;
        if (d.count() != null && d.count() < team.size()) return null;
        List<Departure> whole = ledger.activeMovements().stream()
                .map(Entry::record)
                .filter(r -> r instanceof Departure x
                        && x.delegation().equals(d.delegation())
                        && x.date().equals(d.date())
                        && (x.count() == null || x.count() >= team.size()))
                .map(Departure.class::cast)
                .toList();
        if (whole.size() != 1) return null;
        Departure x = whole.get(0);
        boolean offPlan = !Objects.equals(x.time(), plan.time()) || !Objects.equals(x.transport(), plan.transport());
        return offPlan ? x : null;
    }
}
