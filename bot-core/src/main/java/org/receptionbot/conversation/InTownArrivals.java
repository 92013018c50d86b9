package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.MealTally;
import org.receptionbot.ledger.Source;
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

    /**
     * The servings not yet begun at {@code now} whose figure recording the arrival would change, by day: those before
     * it that count the delegation now (a meal given its own figure, or a 宵夜 it never ordered, is left as it is).
     */
    private List<String> missed(Arrival a, LocalDateTime now) {
        MealTally tally = new MealTally(event, ledger);
        List<Entry> before = ledger.activeMovements();
        List<Entry> after = new ArrayList<>(before);
        after.add(new Entry("asked#0", a.date(), a, asked(now), false));
        List<String> days = new ArrayList<>();
        for (LocalDate day = now.toLocalDate(); !day.isAfter(a.date()); day = day.plusDays(1)) {
            if (!event.covers(day)) continue;
            DayLog log = ledger.day(day);
            List<String> meals = new ArrayList<>();
            for (Meal meal : event.meals()) {
                if (!day.atTime(meal.serveFrom()).isAfter(now)) continue;
                int was = tally.count(log, before, meal, a.delegation()).diners();
                if (tally.count(log, after, meal, a.delegation()).diners() != was) meals.add(meal.label());
            }
            if (!meals.isEmpty()) days.add(Texts.day(day) + String.join("、", meals));
        }
        return days;
    }

    /** The source of the arrival as if recorded at {@code now}: it changes the servings not yet begun. */
    private Source asked(LocalDateTime now) {
        return new Source(
                "asked",
                new ChatRef("bot", "asked"),
                "asked",
                "bot",
                null,
                now.atZone(event.zone()).toInstant());
    }
}
