package org.receptionbot.conversation;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.access.People;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.Texts;

/**
 * What stops records from being applied: a date outside the event, or someone acting for another
 * delegation; and what makes the bot ask before applying (no delegation, an absurd count). The two
 * static rules are public so that the {@code parse} mode asks where the bot would.
 */
public final class Checks {
    private final Event event;
    private final People people;
    private final RecordText texts;

    public Checks(Event event, People people) {
        this.event = event;
        this.people = people;
        this.texts = new RecordText(event);
    }

    People people() {
        return people;
    }

    /**
     * The records split by their dates: those dated outside the event (a meal outside its days, an arrival or
     * departure outside its reception period, see {@link Event#receives}) are refused with a note; the others,
     * issues among them, are still applied.
     */
    Dated dated(List<Record> records) {
        List<Record> kept = new ArrayList<>();
        Optional<String> note = Optional.empty();
        for (Record r : records) {
            Optional<String> outside = outside(r);
            if (outside.isEmpty()) kept.add(r);
            else if (note.isEmpty()) note = outside;
        }
        return new Dated(List.copyOf(kept), note);
    }

    /** The records that may be applied for their dates, and the note on those refused, if any. */
    record Dated(List<Record> kept, Optional<String> note) {}

    /**
     * The refusal to answer, if any record may not be applied for whom it is for; then none of the message is. The
     * records are those {@link #dated} kept: their dates are not checked again.
     */
    Optional<String> refusal(List<Record> records, Asked asked) {
        for (Record r : records) {
            if (r instanceof Issue || r instanceof Headcount) continue;
            // 2号车有个同志在服务区下车了 (…天津): the liaison of a route's bus takes people who got off it off the visit.
            if (r instanceof VisitChange c && c.to() == null && routeBusLiaison(asked)) continue;
            // 1号车已接到河北厅6位: a bus liaison's pickup of a named delegation is its arrival (BusPickups).
            if (r instanceof org.receptionbot.record.Arrival && BusPickups.reporter(event, asked)) continue;
            String refusal = people.refusal(asked.sender(), r.delegation());
            if (refusal != null) return Optional.of(refusal);
        }
        return Optional.empty();
    }

    /** Whether the sender, bound to no delegation, is the liaison of a bus of a route that day. */
    private boolean routeBusLiaison(Asked asked) {
        if (asked.sender().delegation() != null) return false;
        for (org.receptionbot.event.Vehicle v :
                event.vehiclesRiddenBy(asked.chat().platform(), asked.sender().userId()))
            for (org.receptionbot.event.VisitRoute r : event.visits())
                if (r.date().equals(asked.today()) && r.uses(v.id())) return true;
        return false;
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

    /** A meal or movement with no delegation: the question to ask instead of applying it. */
    public static boolean needsDelegation(Record r) {
        return (r instanceof MealRecord || r instanceof Movement) && r.delegation() == null;
    }

    private Optional<String> outside(Record r) {
        java.time.LocalDate date = r instanceof MealRecord m ? m.date() : r instanceof Movement m ? m.date() : null;
        if (date == null || event.covers(date)) return Optional.empty();
        if (r instanceof org.receptionbot.record.Departure d && event.takesDeparture(d.delegation(), date))
            return Optional.empty();
        if (r instanceof Movement) {
            if (event.receives(date)) return Optional.empty();
            return Optional.of(Texts.day(date) + "不在接待日期内（" + Texts.day(event.receptionStart()) + "至"
                    + Texts.day(event.receptionEnd()) + "），未记录。请核对日期后重新发送。");
        }
        return Optional.of(Texts.day(date) + "不在活动日期内（" + Texts.day(event.start()) + "至" + Texts.day(event.end())
                + "），未记录。请核对日期后重新发送。");
    }
}
