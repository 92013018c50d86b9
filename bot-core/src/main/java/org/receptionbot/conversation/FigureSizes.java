package org.receptionbot.conversation;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.RecordText;

/**
 * Figures far from their delegation's size: those held until confirmed (absurd), and those recorded with a warning.
 */
final class FigureSizes {
    private final Event event;
    private final RecordText texts;

    FigureSizes(Event event) {
        this.event = event;
        this.texts = new RecordText(event);
    }

    /**
     * Warnings for meal figures recorded although they are far from their delegation's size: a main
     * meal's far under it ("福建六" for 32), or any figure above it but not so far above that it is held
     * (45 for 35). They are recorded, not held: a held report that nobody confirms would be lost, and in
     * a 接龙 list it would hold every other line with it. The sender is asked to correct it if it is wrong.
     */
    Optional<String> sizeWarnings(List<Record> records) {
        List<String> few = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (Record r : records) {
            Optional<Delegation> d = event.delegation(r.delegation());
            if (!(r instanceof MealCount m) || m.asPlanned() || d.isEmpty()) continue;
            String line = texts.describe(r) + "（该团共" + d.get().size() + "人）";
            if (few(event, m, d.get().size())) few.add(line);
            else if (m.count() > d.get().size() && !absurd(event, r)) over.add(line);
        }
        List<String> lines = new ArrayList<>();
        if (!few.isEmpty()) lines.add("⚠人数与该团规模相差较多：" + String.join("；", few) + "。");
        if (!over.isEmpty()) lines.add("⚠人数多于该团人数：" + String.join("；", over) + "。");
        if (lines.isEmpty()) return Optional.empty();
        return Optional.of(String.join("\n", lines) + "如有误，请直接回复更正，例如“不对，是30人”。");
    }

    /**
     * True when the chat holds a record until its figure is confirmed: above the delegation's size
     * (see {@link #absurd(Event, Record)}); a main meal's figure far under it is recorded with a
     * warning instead ({@link #sizeWarnings}).
     */
    boolean absurd(Record r) {
        return absurd(event, r) && !(r instanceof MealCount m && few(event, m, sizeOf(r)));
    }

    private int sizeOf(Record r) {
        return event.delegation(r.delegation()).map(Delegation::size).orElse(0);
    }

    /** The absurd ones of the records, a line each with the delegation's size. */
    String absurdCounts(List<Record> records) {
        StringBuilder s = new StringBuilder();
        for (Record r : records)
            if (absurd(r)) s.append('\n').append(texts.describe(r)).append(size(r));
        return s.toString();
    }

    private String size(Record r) {
        if (r instanceof Headcount h) return BusCountLimits.limit(event, h);
        return event.delegation(r.delegation())
                .map(d -> "（该团共" + d.size() + "人" + (r instanceof Movement ? "，多于全团人数" : "") + "）")
                .orElse("");
    }

    /**
     * True when a record's figure is far from its delegation's size, so the bot asks to confirm it:
     * a count above twice the size or a main meal's under a fifth of it (a bus's head count: {@link BusCountLimits}),
     * or an addition, a visit change
     * or people arriving or leaving
     * more than the delegation has.
     */
    public static boolean absurd(Event event, Record r) {
        if (r instanceof Headcount h) return BusCountLimits.absurd(event, h);
        Optional<Delegation> d = event.delegation(r.delegation());
        if (d.isEmpty()) return false;
        int limit = 2 * d.get().size();
        if (r instanceof MealCount m)
            return !m.asPlanned() && (m.count() > limit || few(event, m, d.get().size()));
        if (r instanceof MealAdd m) return m.count() > d.get().size();
        if (r instanceof Movement m)
            return m.count() != null && m.count() > d.get().size();
        if (r instanceof Visit v) return v.count() != null && v.count() > limit;
        if (r instanceof VisitChange v)
            return v.count() != null && v.count() > d.get().size();
        return false;
    }

    /**
     * "福建六" for a delegation of 32: a main meal's figure under a fifth of a delegation of 20 or more
     * (a late-night meal, served from 21:00, is eaten by few).
     */
    private static boolean few(Event event, MealCount m, int size) {
        if (size < 20 || m.count() * 5 >= size) return false;
        return event.meal(m.meal())
                .map(x -> x.serveFrom().isBefore(LocalTime.of(21, 0)))
                .orElse(false);
    }
}
