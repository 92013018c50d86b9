package org.receptionbot.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Presence;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCancel;

/**
 * The packed portions of one serving per delegation and the seated diners they leave: whatever words asked for the
 * packing ("早饭打包42份", "早饭能不能打包52份", "给他们打包8份早饭", "打包的改成30份"), the delegation's last order for
 * the serving stands (a later one replaces it), and its seated diners are the meal's count less the portions, never
 * below zero. Portions for people who leave before the serving begins ("8个人6点走 打包8份早饭") are not taken off
 * again: their departure took them off the count already. The whole team's meal called off after its packing was
 * asked ("明天早饭不吃了") takes the packing off the caterer's order.
 */
final class PackedPortions {
    /** How many days before a serving its packing may be asked. */
    private static final int AHEAD = 3;

    private final Event event;
    private final Ledger ledger;

    PackedPortions(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /**
     * The last packing order of each delegation for the serving, from meal matters in force sent on its day or up
     * to {@value #AHEAD} days before, in the order sent; the seated part said alone not yet resolved.
     */
    Map<String, PackedOrder> latest(LocalDate date, Meal meal) {
        Map<String, PackedOrder> orders = new LinkedHashMap<>();
        Map<String, Instant> sent = new java.util.HashMap<>();
        for (LocalDate day = date.minusDays(AHEAD); !day.isAfter(date); day = day.plusDays(1))
            for (Entry e : ledger.day(day).active())
                if (e.record() instanceof Issue i) {
                    // 明天早饭打包的取消: the packing called off, the delegation's order before it goes
                    PackedOrder.calledOff(i, e.source().at(), event)
                            .filter(o -> o.date().equals(date) && o.meal().id().equals(meal.id()))
                            .ifPresent(o -> orders.remove(String.valueOf(o.delegation())));
                    PackedOrder.of(i, e.source().at(), event)
                            .filter(o -> o.date().equals(date) && o.meal().id().equals(meal.id()))
                            .ifPresent(o -> {
                                orders.remove(String.valueOf(o.delegation()));
                                orders.put(String.valueOf(o.delegation()), o);
                                sent.put(
                                        String.valueOf(o.delegation()),
                                        e.source().at());
                            });
                }
        // 明天早饭不吃了 after 明天早饭打包8份: the whole team's meal called off later takes its packing with it
        for (Entry e : ledger.day(date).active())
            if (e.record() instanceof MealCancel c
                    && c.count() == null
                    && c.meal().equals(meal.id())
                    && sent.containsKey(String.valueOf(c.delegation()))
                    && e.source().at().isAfter(sent.get(String.valueOf(c.delegation()))))
                orders.remove(String.valueOf(c.delegation()));
        return orders;
    }

    /**
     * The seated diners of {@code d} at the serving, counted {@code diners} there with {@code packed} portions: the
     * count less the portions of those still counted there.
     */
    int seated(Delegation d, LocalDate date, Meal meal, int diners, int packed) {
        if (packed == 0) return diners;
        List<Entry> all = ledger.activeMovements();
        List<Entry> staying = all.stream()
                .filter(e -> !(e.record() instanceof Departure x && date.equals(x.date())))
                .toList();
        int before = Presence.reported(d, staying, event.zone()).people(date, meal);
        int gone = Math.max(0, before - Presence.reported(d, all, event.zone()).people(date, meal));
        int offCount = Math.min(gone, Math.max(0, before - diners));
        return Math.max(0, diners - Math.max(0, packed - offCount));
    }
}
