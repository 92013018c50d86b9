package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;
import org.receptionbot.summary.Texts;

/**
 * An arrival of a whole delegation dated after today, reported by a delegation already due at the event by plan
 * ("估计明天凌晨1点才到", "全队后天上午才回得来" mid-event): recorded as said it would take the delegation off every
 * meal before it, though it is counted at them by plan and most likely only away for a while. The bot names the
 * meals that would be cut and holds the arrival until it is confirmed ({@link Holds}); meanwhile the liaison may
 * report those meals as they are. An arrival later the same day, a delegation's first arrival, or one moving a whole
 * arrival already reported, is recorded at once.
 */
final class InTownArrivals {
    private final Event event;
    private final Ledger ledger;

    InTownArrivals(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** The question to hold {@code records} on, when such an arrival would cut meals not yet served; else empty. */
    Optional<String> doubt(List<Record> records, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        for (Record r : records) {
            if (!(r instanceof Arrival a)
                    || a.delegation() == null
                    || !a.date().isAfter(today)
                    || a.transport() != null) continue;
            Optional<Delegation> d = event.delegation(a.delegation());
            if (d.isEmpty() || !whole(a, d.get()) || !planned(d.get()).isBefore(today) || reported(d.get())) continue;
            List<String> missed = missed(a, now);
            if (missed.isEmpty()) continue;
            return Optional.of("请确认：" + d.get().name() + "按计划已在会。如记为全团" + Texts.day(a.date())
                    + (a.time() == null ? "" : Texts.time(a.time())) + "才到，以下用餐将不计该团人数："
                    + String.join("；", missed) + "。\n如只是外出、用餐照常或另有安排，请直接报餐（如“今晚晚饭照常”“明天早饭不吃”），不必确认。");
        }
        return Optional.empty();
    }

    /** Whether the arrival brings the whole delegation, as the ledger reads it (no figure, or its size or more). */
    private static boolean whole(Arrival a, Delegation d) {
        return a.count() == null || a.count() >= d.size();
    }

    /** Whether a whole arrival of the delegation was reported already: the plan no longer says when it comes. */
    private boolean reported(Delegation d) {
        return ledger.activeMovements().stream()
                .map(Entry::record)
                .anyMatch(r -> r instanceof Arrival a && d.id().equals(a.delegation()) && whole(a, d));
    }

    /** The day the delegation is planned to arrive: its plan's, else the event's first day. */
    private LocalDate planned(Delegation d) {
        return d.arrival() != null && d.arrival().date() != null ? d.arrival().date() : event.start();
    }

    /** The servings not yet begun at {@code now} that end before the arrival (as the ledger counts it), by day. */
    private List<String> missed(Arrival a, LocalDateTime now) {
        LocalTime at = a.time() != null ? a.time() : a.part() != null ? a.part().from() : LocalTime.MIN;
        List<String> days = new ArrayList<>();
        for (LocalDate day = now.toLocalDate(); !day.isAfter(a.date()); day = day.plusDays(1)) {
            if (!event.covers(day)) continue;
            List<String> meals = new ArrayList<>();
            for (Meal meal : event.meals()) {
                boolean before = day.isBefore(a.date()) || !at.isBefore(meal.serveTo());
                if (before && day.atTime(meal.serveFrom()).isAfter(now)) meals.add(meal.label());
            }
            if (!meals.isEmpty()) days.add(Texts.day(day) + String.join("、", meals));
        }
        return days;
    }
}
