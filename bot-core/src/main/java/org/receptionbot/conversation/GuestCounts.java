package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * A liaison's head count of a bus that serves another delegation (湖南's bus 3 counted by 青海's liaison). The
 * contract's HEADCOUNT names the delegation counted, and a bus's counts are kept per delegation
 * ({@link org.receptionbot.summary.HeadcountBoards}), so such a count never takes the place of the bus's own
 * delegation's count unless the sender says so. Before it is recorded the sender is told plainly what will be:
 *
 * <ul>
 *   <li>the count names a delegation other than the bus's ("青海中午27 3号车 实到27人"): held for 确认, which records
 *       that delegation's people on the bus beside the bus's own delegation's count (named with its figure);
 *   <li>the count names no delegation ("3号车实到27人"): it reads two ways, and the sender chooses: 同车 (the sender's
 *       delegation's people on the bus, kept beside) or 更正 (the bus's own delegation's count, in place of the one it
 *       reported; 代报 when it reported none);
 *   <li>the count names the bus's own delegation ("湖南3号车实到32人"): held for 确认, which records it as that
 *       delegation's count in place of its earlier one (said).
 * </ul>
 *
 * A sender whose delegation already has a count on the bus that day counts it again without being asked. A count of a
 * bus of no delegation (a site-visit bus) for a delegation other than the sender's is confirmed first too.
 */
final class GuestCounts {
    private final Event event;
    private final Ledger ledger;
    private final GuestCountQuestions questions;

    GuestCounts(Event event, Ledger ledger, Holds holds, Choice choice) {
        this.event = event;
        this.ledger = ledger;
        this.questions = new GuestCountQuestions(this, holds, choice);
    }

    /**
     * What to do with the message's records: those to apply now (a recount of the sender's own share on another's
     * bus is taken as theirs) and the counts to ask about first, each with how it reads.
     *
     * @param text the message's words, or null when not known (then a count naming no delegation reads two ways)
     */
    Plan plan(List<Record> records, Asked asked, String text) {
        String own = asked.sender().delegation();
        List<Record> now = new ArrayList<>();
        List<Held> asking = new ArrayList<>();
        for (Record r : records) {
            String bus = r instanceof Headcount h ? busOf(h) : null;
            // 5号车 广东团实到12 (广西's liaison, a bus of no delegation): another delegation's count, confirmed first
            if (own != null
                    && bus == null
                    && r instanceof Headcount h
                    && h.delegation() != null
                    && !h.delegation().equals(own)) {
                asking.add(new Held(h, Reading.ANOTHERS));
                continue;
            }
            if (own == null || bus == null || bus.equals(own)) {
                now.add(r);
                continue;
            }
            Headcount h = (Headcount) r;
            if (h.delegation() == null) h = new Headcount(h.vehicle(), h.count(), bus);
            Reading reading =
                    !h.delegation().equals(bus) ? Reading.GUEST : names(text, bus) ? Reading.BUS_NAMED : Reading.EITHER;
            boolean again = reading != Reading.BUS_NAMED && hasShare(h.vehicle(), own, asked);
            if (again && reading == Reading.EITHER) now.add(new Headcount(h.vehicle(), h.count(), own));
            else if (again && h.delegation().equals(own)) now.add(h);
            else asking.add(new Held(h, reading));
        }
        return new Plan(now, asking, own);
    }

    /** The question about the plan's counts ({@link GuestCountQuestions}). */
    Answer ask(Plan plan, Asked asked, List<Record> besides) {
        return questions.ask(plan, asked, besides);
    }

    /** Whether the text names the delegation itself, not as the bus people ride along on ("坐湖南的3号车"). */
    private boolean names(String text, String delegation) {
        if (text == null || BusWords.ridesAlong(text)) return false;
        return event.delegation(delegation)
                .map(d -> d.words().stream().anyMatch(text::contains))
                .orElse(false);
    }

    /** Whether the delegation has a count of its own on the bus that day, in force. */
    private boolean hasShare(String vehicle, String delegation, Asked asked) {
        return lastOn(vehicle, delegation, asked).isPresent();
    }

    /** The delegation's last count in force on the bus that day, if any. */
    Optional<Headcount> lastOn(String vehicle, String delegation, Asked asked) {
        Headcount last = null;
        for (Entry e : ledger.day(asked.today()).active())
            if (e.record() instanceof Headcount h && h.vehicle().equals(vehicle) && delegation.equals(whose(h)))
                last = h;
        return Optional.ofNullable(last);
    }

    /**
     * The people the bus carries by the counts in force that day of delegations other than {@code except} (each
     * delegation's last count): what a count kept beside them adds to.
     */
    int othersOn(String vehicle, Set<String> except, Asked asked) {
        Map<String, Integer> last = new LinkedHashMap<>();
        for (Entry e : ledger.day(asked.today()).active())
            if (e.record() instanceof Headcount h && h.vehicle().equals(vehicle) && whose(h) != null)
                last.put(whose(h), h.count());
        return last.entrySet().stream()
                .filter(x -> !except.contains(x.getKey()))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    private String whose(Headcount h) {
        return h.delegation() != null ? h.delegation() : busOf(h);
    }

    /** The delegation the bus serves in the event file, or null. */
    String busOf(Headcount h) {
        return event.vehicle(h.vehicle()).map(Vehicle::delegation).orElse(null);
    }

    String name(String id) {
        return event.delegation(id).map(Delegation::name).orElse(id);
    }

    /** How a count of another delegation's bus reads. */
    enum Reading {
        /** It names a delegation other than the bus's: that delegation's people on the bus. */
        GUEST,
        /** It names the bus's own delegation: that delegation's count. */
        BUS_NAMED,
        /** It names none (the bus's delegation by default): the sender's people, or the bus's count. */
        EITHER,
        /** A bus of no delegation, counted for a delegation other than the sender's. */
        ANOTHERS
    }

    /** A count to ask about, and how it reads. */
    record Held(Headcount count, Reading reading) {}

    /**
     * What a message does with its counts of others' buses.
     *
     * @param now the records to apply at once
     * @param held the counts to ask about first; empty when none
     * @param own the sender's delegation
     */
    record Plan(List<Record> now, List<Held> held, String own) {
        Plan {
            now = List.copyOf(now);
            held = List.copyOf(held);
        }

        boolean asks() {
            return !held.isEmpty();
        }

        List<Record> counts() {
            return held.stream().map(x -> (Record) x.count()).toList();
        }
    }
}
