package org.receptionbot.conversation;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Presence;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * A team leaving just as a meal is served, the meal said eaten in the same message ("北京明天中午12点走 4个人 CA1354
 * 早饭午饭都吃"): the liaison says they eat it before they go, so the meal as planned is counted for the people there
 * before the departure, not as 0 for a team gone ("该团此时已离会，按0人计"). Only a departure of everyone still there,
 * at the serving's start or up to an hour before it (eaten early, then off); a departure earlier than that beside the
 * meal said eaten is left to the usual note asking the liaison to check.
 */
final class MealEatenBeforeDeparture {
    /** How long before a serving's start a team may leave and still have eaten it early. */
    private static final int EARLY_MINUTES = 60;

    private final Event event;
    private final Ledger ledger;

    MealEatenBeforeDeparture(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** The outcome with each meal said eaten beside the team's departure counted for those there; else as it was. */
    ParseOutcome read(ParseOutcome read) {
        boolean plain = read instanceof ParseOutcome.Understood || read instanceof ParseOutcome.Incomplete;
        if (!plain) return read;
        List<Record> records = new ArrayList<>(read.records());
        boolean changed = false;
        for (Record r : read.records()) {
            if (!(r instanceof Departure d) || d.delegation() == null || d.time() == null) continue;
            for (int k = 0; k < records.size(); k++) {
                if (!(records.get(k) instanceof MealCount m) || !m.asPlanned()) continue;
                if (!d.delegation().equals(m.delegation()) || !d.date().equals(m.date())) continue;
                Optional<MealCount> counted = counted(m, d);
                if (counted.isEmpty()) continue;
                records.set(k, counted.get());
                changed = true;
            }
        }
        return changed ? read.withRecords(records) : read;
    }

    /** The meal counted for the people there before everyone of them leaves around its start; else empty. */
    private Optional<MealCount> counted(MealCount m, Departure d) {
        Optional<Meal> meal = event.meal(m.meal());
        Optional<Delegation> delegation = event.delegation(d.delegation());
        if (meal.isEmpty() || delegation.isEmpty()) return Optional.empty();
        LocalTime from = meal.get().serveFrom();
        if (d.time().isAfter(from) || d.time().isBefore(from.minusMinutes(EARLY_MINUTES))) return Optional.empty();
        int people = Presence.reported(delegation.get(), ledger.activeMovements(), event.zone())
                .people(m.date(), meal.get());
        if (people == 0 || d.count() != null && d.count() < people) return Optional.empty();
        return Optional.of(new MealCount(m.delegation(), m.date(), m.meal(), people));
    }
}
