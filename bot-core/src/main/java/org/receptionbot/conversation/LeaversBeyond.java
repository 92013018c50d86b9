package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Presence;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.Texts;

/**
 * Figures that do not add up with the people leaving, recorded with a plain warning for the sender to check: a
 * delegation's departures with figures adding up past its size ("湖南明天上午有20个人先走", then "湖南明天下午还有20个走"
 * for 35), and a meal's figure above the people still there after the departures reported ("湖南35人明天中午吃饭" beside
 * 20 of its 35 leaving before lunch).
 */
final class LeaversBeyond {
    private final Event event;
    private final Ledger ledger;
    private final RecordText texts;

    LeaversBeyond(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
        this.texts = new RecordText(event);
    }

    /** The warnings on the entries just recorded, in their order; none when everything adds up. */
    List<String> warnings(List<Entry> applied) {
        List<String> lines = new ArrayList<>();
        Set<String> leaving = new LinkedHashSet<>();
        for (Entry e : applied) if (e.record() instanceof Departure d && d.count() != null) leaving.add(d.delegation());
        for (String team : leaving) departures(team).ifPresent(lines::add);
        for (Entry e : applied)
            if (e.record() instanceof MealCount m && !m.asPlanned() && !packed(m, applied))
                meal(m).ifPresent(lines::add);
        return lines;
    }

    /** "⚠湖南省代表团已报离开合计40人（…），多于该团人数35人…" when the departures with figures pass the size. */
    private Optional<String> departures(String team) {
        Delegation d = event.delegation(team).orElse(null);
        if (d == null) return Optional.empty();
        List<Departure> counted = ledger.activeMovements().stream()
                .map(Entry::record)
                .filter(r -> r instanceof Departure x && team.equals(x.delegation()) && x.count() != null)
                .map(Departure.class::cast)
                .toList();
        int sum = counted.stream().mapToInt(Departure::count).sum();
        if (sum <= d.size()) return Optional.empty();
        List<String> each = counted.stream()
                .map(x -> Texts.day(x.date()) + (x.time() == null ? "" : Texts.time(x.time())) + " " + x.count() + "人")
                .toList();
        return Optional.of("⚠" + d.name() + "已报离开合计" + sum + "人（" + String.join("；", each) + "），多于该团人数" + d.size()
                + "人，请核实是否有重复或已更改的离开安排；如有误，请直接回复更正。");
    }

    /**
     * Whether the same message packs the serving of {@code m} for its team ("湖南明早6点半出发 G1272 35人 早饭打包35份"): the
     * portions are for the people leaving before it, so its figure above those still there is no mistake.
     */
    private boolean packed(MealCount m, List<Entry> applied) {
        return applied.stream()
                .filter(e -> e.record() instanceof org.receptionbot.record.Issue)
                .flatMap(e -> org.receptionbot.summary.PackedOrder.of(
                        (org.receptionbot.record.Issue) e.record(), e.source().at(), event)
                        .stream())
                .anyMatch(o -> m.delegation().equals(o.delegation())
                        && m.date().equals(o.date())
                        && m.meal().equals(o.meal().id()));
    }

    /** "⚠… 午餐报餐35人，多于届时在会的15人（已报离开20人）…" when a figure passes those left after departures. */
    private Optional<String> meal(MealCount m) {
        Delegation d = event.delegation(m.delegation()).orElse(null);
        Meal meal = event.meal(m.meal()).orElse(null);
        if (d == null || meal == null) return Optional.empty();
        List<Entry> movements = ledger.activeMovements();
        List<Entry> arrivals = movements.stream()
                .filter(e -> !(e.record() instanceof Departure))
                .toList();
        int here = Presence.reported(d, movements, event.zone()).people(m.date(), meal);
        int without = Presence.reported(d, arrivals, event.zone()).people(m.date(), meal);
        if (m.count() <= here || without <= here) return Optional.empty();
        return Optional.of("⚠" + texts.serving(m) + "报餐" + m.count() + "人，多于届时在会的" + here + "人（已报离开" + (without - here)
                + "人），请核实；如有误，请直接回复更正。");
    }
}
