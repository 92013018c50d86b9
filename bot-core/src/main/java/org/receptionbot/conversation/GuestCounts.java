package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * A sender whose delegation already has a count on the bus that day counts it again without being asked.
 */
final class GuestCounts {
    private final Event event;
    private final Ledger ledger;
    private final Holds holds;
    private final Choice choice;

    GuestCounts(Event event, Ledger ledger, Holds holds, Choice choice) {
        this.event = event;
        this.ledger = ledger;
        this.holds = holds;
        this.choice = choice;
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

    /**
     * The question about the plan's counts, asked as {@code asked} (the message, or its part held); {@code besides}
     * are held with them and applied whatever the answer (the rest of an edited message).
     */
    Answer ask(Plan plan, Asked asked, List<Record> besides) {
        Held first = plan.held().get(0);
        String opening =
                first.count().vehicle() + "号车是" + name(busOf(first.count())) + "的用车（您是" + name(plan.own()) + "联络员）";
        if (plan.held().stream().anyMatch(x -> x.reading() == Reading.EITHER))
            return twoWays(plan, opening, asked, besides);
        List<String> lines =
                plan.held().stream().map(x -> confirming(x.count(), asked)).toList();
        String why = opening + "。确认后，" + String.join("；", lines) + "。\n如车号有误，请回复正确车号，例如“是5号车”。";
        return holds.hold(with(besides, plan.counts()), asked, why);
    }

    /** What 确认 records for a count held: a guest's share beside the bus's own, or the bus's own count in its place. */
    private String confirming(Headcount h, Asked asked) {
        String bus = busOf(h);
        String v = h.vehicle() + "号车";
        Optional<Headcount> earlier = lastOn(h.vehicle(), bus, asked);
        if (!h.delegation().equals(bus))
            return name(h.delegation()) + "在" + v + "的人数记为" + h.count() + "人"
                    + earlier.map(e -> "，与" + name(bus) + "已报的" + v + "实到" + e.count() + "人分别保留（" + v + "合计"
                                    + (e.count() + h.count()) + "人），不代替" + name(bus) + "的人数")
                            .orElse("（与" + name(bus) + "同车，两团人数分别记录，不代替" + name(bus) + "的清点）");
        return "记为" + name(bus) + v + "实到" + h.count() + "人"
                + earlier.map(e -> "，代替" + name(bus) + "已报的" + e.count() + "人").orElse("");
    }

    /** 同车 or 更正 (代报 when the bus's delegation has not counted): the sender chooses what the figure is. */
    private Answer twoWays(Plan plan, String opening, Asked asked, List<Record> besides) {
        List<Record> shared = new ArrayList<>(besides);
        List<String> sharedLines = new ArrayList<>();
        List<String> replacedLines = new ArrayList<>();
        boolean reported = false;
        for (Held x : plan.held()) {
            Headcount h = x.count();
            String bus = busOf(h);
            String v = h.vehicle() + "号车";
            Optional<Headcount> earlier = lastOn(h.vehicle(), bus, asked);
            reported |= earlier.isPresent() && x.reading() == Reading.EITHER;
            if (x.reading() != Reading.EITHER) {
                shared.add(h);
                continue;
            }
            shared.add(new Headcount(h.vehicle(), h.count(), plan.own()));
            sharedLines.add(name(plan.own()) + "乘" + v + "的人数记为" + h.count() + "人"
                    + earlier.map(e -> "，与" + name(bus) + "已报的" + e.count() + "人分别保留（" + v + "合计"
                                    + (e.count() + h.count()) + "人）")
                            .orElse("，与" + name(bus) + "的人数分别记录"));
            replacedLines.add("作为" + v + "（" + name(bus) + "）的人数，记为实到" + h.count() + "人"
                    + earlier.map(e -> "，代替" + name(bus) + "已报的" + e.count() + "人")
                            .orElse(""));
        }
        String second = reported ? "更正" : "代报";
        String said = String.join(
                "；",
                plan.held().stream()
                        .filter(x -> x.reading() == Reading.EITHER)
                        .map(x -> x.count().vehicle() + "号车 实到" + x.count().count() + "人")
                        .toList());
        String question = opening + "，“" + said + "”未写明是哪个团的人数，请选择：\n同车——" + String.join("；", sharedLines)
                + "；\n" + second + "——" + String.join("；", replacedLines) + "。\n请点按钮或回复“同车”或“" + second
                + "”；如车号有误，请回复正确车号，例如“是5号车”。";
        // the question is about the sender's people on the bus: the bus's own delegation counting it since leaves it
        // open
        return choice.ask(
                question,
                asked,
                shared.subList(besides.size(), shared.size()),
                new Choice.Offer(Choice.Option.SHARED, "同车", shared),
                new Choice.Offer(Choice.Option.REPLACED, second, with(besides, plan.counts())));
    }

    private static List<Record> with(List<Record> besides, List<Record> counts) {
        List<Record> all = new ArrayList<>(besides);
        all.addAll(counts);
        return all;
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
    private Optional<Headcount> lastOn(String vehicle, String delegation, Asked asked) {
        Headcount last = null;
        for (Entry e : ledger.day(asked.today()).active())
            if (e.record() instanceof Headcount h && h.vehicle().equals(vehicle) && delegation.equals(whose(h)))
                last = h;
        return Optional.ofNullable(last);
    }

    private String whose(Headcount h) {
        return h.delegation() != null ? h.delegation() : busOf(h);
    }

    /** The delegation the bus serves in the event file, or null. */
    private String busOf(Headcount h) {
        return event.vehicle(h.vehicle()).map(Vehicle::delegation).orElse(null);
    }

    private String name(String id) {
        return event.delegation(id).map(Delegation::name).orElse(id);
    }

    /** How a count of another delegation's bus reads. */
    enum Reading {
        /** It names a delegation other than the bus's: that delegation's people on the bus. */
        GUEST,
        /** It names the bus's own delegation: that delegation's count. */
        BUS_NAMED,
        /** It names none (the bus's delegation by default): the sender's people, or the bus's count. */
        EITHER
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
