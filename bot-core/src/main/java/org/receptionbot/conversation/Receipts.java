package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.command.Desk;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.MealSnapshot;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.Texts;
import org.receptionbot.summary.VenueBoard;

/** The answer to applied records: what was understood, and its effect on the meals and totals. */
final class Receipts {
    private final Desk desk;

    Receipts(Desk desk) {
        this.desk = desk;
    }

    /**
     * The answer to a message whose records were applied before the process stopped, before it
     * could answer: what is recorded, without a before and after it no longer knows.
     */
    String recalled(List<Entry> entries) {
        List<String> lines = new ArrayList<>();
        for (Entry e : entries) lines.add(desk.texts().describe(e.record()));
        return "已记录：" + String.join("\n", lines);
    }

    String compose(List<Entry> entries, MealSnapshot before, MealSnapshot after) {
        List<String> lines = new ArrayList<>();
        Set<MealSnapshot.Serving> shown = new LinkedHashSet<>();
        for (Entry e : entries) lines.add(line(e, before, after, shown));
        lines.addAll(totals(shown));
        lines.addAll(movementEffects(before, after, entries));
        if (entries.stream().anyMatch(Entry::late)) lines.add("⚠已过报餐截止时间，本次变更已通知协调组。");
        return "已记录：" + String.join("\n", lines);
    }

    private String line(Entry e, MealSnapshot before, MealSnapshot after, Set<MealSnapshot.Serving> shown) {
        String text = desk.texts().describe(e.record());
        if (e.record() instanceof MealRecord m) {
            MealSnapshot.Serving s = new MealSnapshot.Serving(m.delegation(), m.date(), m.meal());
            DinerCount was = before.count(s);
            DinerCount now = after.count(s);
            if (was == null || now == null || !shown.add(s)) return text;
            String clipped = now.clipped() ? "，⚠减少的人数超过现有人数，已按0人计，请核实" : "";
            return text + "（" + was.diners() + "人→" + now.diners() + "人" + clipped + "）";
        }
        if (e.record() instanceof Headcount h) return headcount(h, e, text);
        if (e.record() instanceof Issue) {
            return desk.issueBook()
                    .findByEntry(e.id())
                    .map(t -> "问题#" + t.number() + " " + text + "（已转协调组）")
                    .orElse(text);
        }
        return text;
    }

    private String headcount(Headcount h, Entry e, String text) {
        return desk.headcounts().board(e.day()).stream()
                .filter(l -> l.vehicle().id().equals(h.vehicle()) && l.expected() != null)
                .findFirst()
                .map(l -> text + "（应到" + l.expected() + "人" + (l.shortfall() ? "，⚠少" + l.missing() + "人" : "") + "）")
                .orElse(text);
    }

    private List<String> totals(Set<MealSnapshot.Serving> shown) {
        List<String> lines = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (MealSnapshot.Serving s : shown) {
            String venue = desk.event().delegation(s.delegation()).orElseThrow().venue();
            if (!done.add(s.date() + s.meal() + venue)) continue;
            Meal meal = desk.event().meal(s.meal()).orElseThrow();
            MealBoard board = desk.meals().board(s.date(), meal, java.time.Instant.EPOCH);
            board.venues().stream()
                    .filter(v -> v.venue().id().equals(venue))
                    .findFirst()
                    .ifPresent(v -> lines.add(total(s, meal, v)));
        }
        return lines;
    }

    private static String total(MealSnapshot.Serving s, Meal meal, VenueBoard v) {
        String over = v.overCapacity() ? "，⚠超出容量" + (v.booked() - v.venue().capacity()) + "人" : "";
        return Texts.day(s.date()) + meal.label() + " " + v.venue().name() + "合计" + v.booked() + "人（容量"
                + v.venue().capacity() + "人" + over + "）";
    }

    private List<String> movementEffects(MealSnapshot before, MealSnapshot after, List<Entry> entries) {
        if (entries.stream().noneMatch(e -> e.record() instanceof Movement)) return List.of();
        List<String> off = new ArrayList<>();
        List<String> on = new ArrayList<>();
        before.counts().forEach((s, was) -> {
            DinerCount now = after.count(s);
            if (was.diners() > 0 && now.diners() == 0) off.add(serving(s));
            if (was.diners() == 0 && now.diners() > 0) on.add(serving(s));
        });
        List<String> lines = new ArrayList<>();
        if (!off.isEmpty()) lines.add("相应取消用餐：" + shorten(off));
        if (!on.isEmpty()) lines.add("相应增加用餐：" + shorten(on));
        return lines;
    }

    private String serving(MealSnapshot.Serving s) {
        return s.date().getMonthValue() + "月" + s.date().getDayOfMonth() + "日"
                + desk.texts().meal(s.meal());
    }

    private static String shorten(List<String> items) {
        if (items.size() <= 6) return String.join("、", items);
        return String.join("、", items.subList(0, 6)) + "等" + items.size() + "餐";
    }
}
