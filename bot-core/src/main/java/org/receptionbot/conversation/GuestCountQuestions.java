package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.conversation.GuestCounts.Held;
import org.receptionbot.conversation.GuestCounts.Plan;
import org.receptionbot.conversation.GuestCounts.Reading;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * The question about counts of others' buses ({@link GuestCounts}), each said with what confirming records: a guest's
 * people kept beside the bus's own delegation's count (its figure named), the bus's own count in place of its earlier
 * one, or, for a count naming no delegation, the choice 同车 or 更正 (代报 when the bus's delegation has not counted).
 */
final class GuestCountQuestions {
    private final GuestCounts shares;
    private final Holds holds;
    private final Choice choice;

    GuestCountQuestions(GuestCounts shares, Holds holds, Choice choice) {
        this.shares = shares;
        this.holds = holds;
        this.choice = choice;
    }

    /**
     * The question about the plan's counts, asked as {@code asked} (the message, or its part held); {@code besides}
     * are held with them and applied whatever the answer (the rest of an edited message).
     */
    Answer ask(Plan plan, Asked asked, List<Record> besides) {
        Held first = plan.held().get(0);
        String you = "（您是" + shares.name(plan.own()) + "联络员）";
        String opening = first.reading() == Reading.ANOTHERS
                ? "所报是" + shares.name(first.count().delegation()) + "的人数" + you
                : first.count().vehicle() + "号车是" + shares.name(shares.busOf(first.count())) + "的用车" + you;
        if (plan.held().stream().anyMatch(x -> x.reading() == Reading.EITHER))
            return twoWays(plan, opening, asked, besides);
        List<String> lines =
                plan.held().stream().map(x -> confirming(x.count(), asked)).toList();
        String why = opening + "。确认后，" + String.join("；", lines) + "。\n如车号有误，请回复正确车号，例如“是5号车”。";
        return holds.hold(with(besides, plan.counts()), asked, why);
    }

    /** What 确认 records for a count held: a guest's share beside the bus's own, or the bus's own count in its place. */
    private String confirming(Headcount h, Asked asked) {
        String bus = shares.busOf(h);
        String v = h.vehicle() + "号车";
        if (bus == null) return "记为" + shares.name(h.delegation()) + "在" + v + "实到" + h.count() + "人";
        Optional<Headcount> earlier = shares.lastOn(h.vehicle(), bus, asked);
        if (!h.delegation().equals(bus))
            return shares.name(h.delegation()) + "在" + v + "的人数记为" + h.count() + "人"
                    + earlier.map(e -> "，与" + shares.name(bus) + "已报的" + v + "实到" + e.count() + "人分别保留（" + v + "合计"
                                    + (shares.othersOn(h.vehicle(), Set.of(h.delegation()), asked) + h.count())
                                    + "人），不代替" + shares.name(bus) + "的人数")
                            .orElse("（与" + shares.name(bus) + "同车，两团人数分别记录，不代替" + shares.name(bus) + "的清点）");
        return "记为" + shares.name(bus) + v + "实到" + h.count() + "人"
                + earlier.map(e -> "，代替" + shares.name(bus) + "已报的" + e.count() + "人")
                        .orElse("");
    }

    /** 同车 or 更正 (代报 when the bus's delegation has not counted): the sender chooses what the figure is. */
    private Answer twoWays(Plan plan, String opening, Asked asked, List<Record> besides) {
        List<Record> shared = new ArrayList<>(besides);
        List<String> sharedLines = new ArrayList<>();
        List<String> replacedLines = new ArrayList<>();
        boolean reported = false;
        for (Held x : plan.held()) {
            Headcount h = x.count();
            String bus = shares.busOf(h);
            String v = h.vehicle() + "号车";
            Optional<Headcount> earlier = shares.lastOn(h.vehicle(), bus, asked);
            reported |= earlier.isPresent() && x.reading() == Reading.EITHER;
            if (x.reading() != Reading.EITHER) {
                shared.add(h);
                continue;
            }
            shared.add(new Headcount(h.vehicle(), h.count(), plan.own()));
            sharedLines.add(shares.name(plan.own()) + "乘" + v + "的人数记为" + h.count() + "人"
                    + earlier.map(e -> "，与" + shares.name(bus) + "已报的" + e.count() + "人分别保留（" + v + "合计"
                                    + (shares.othersOn(h.vehicle(), Set.of(plan.own()), asked) + h.count()) + "人）")
                            .orElse("，与" + shares.name(bus) + "的人数分别记录"));
            replacedLines.add("作为" + v + "（" + shares.name(bus) + "）的人数，记为实到" + h.count() + "人"
                    + earlier.map(e -> "，代替" + shares.name(bus) + "已报的" + e.count() + "人")
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
}
