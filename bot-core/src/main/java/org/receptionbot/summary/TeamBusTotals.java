package org.receptionbot.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Delegation;

/**
 * A team riding several buses of its own (湖北 on 1号车 and 2号车): once two or more of them have counted, their sum
 * against the team's size, flagged when above it ("湖北省代表团1、2号车合计：实到90人 / 该团共60人 ⚠多30人"), as one bus
 * counting the whole team would make it. A sum below the size is shown with no flag: a bus may carry part of the team
 * elsewhere (to a station, to another venue).
 */
public final class TeamBusTotals {
    private TeamBusTotals() {}

    /** A team's counted buses, in the board's order, and their sum. */
    public record Total(Delegation delegation, List<String> buses, int counted) {
        public Total {
            buses = List.copyOf(buses);
        }

        /** "⚠多30人" when the buses carry more than the team, else empty. */
        public String flag() {
            return counted > delegation.size() ? "⚠多" + (counted - delegation.size()) + "人" : "";
        }

        /** "湖北省代表团1、2号车合计实到90人，该团共60人 ⚠多30人". */
        public String said() {
            String s = delegation.name() + String.join("、", buses) + "号车合计实到" + counted + "人，该团共" + delegation.size()
                    + "人";
            return flag().isEmpty() ? s : s + " " + flag();
        }

        /** The board's line: "湖北省代表团1、2号车合计：实到90人 / 该团共60人 ⚠多30人". */
        public String line() {
            String s = delegation.name() + String.join("、", buses) + "号车合计：实到" + counted + "人 / 该团共" + delegation.size()
                    + "人";
            return flag().isEmpty() ? s : s + " " + flag();
        }
    }

    /** The totals of the teams with two or more of their own buses counted on the board's {@code lines}. */
    public static List<Total> of(List<HeadcountLine> lines) {
        Map<String, List<HeadcountLine>> teams = new LinkedHashMap<>();
        for (HeadcountLine l : lines)
            if (own(l))
                teams.computeIfAbsent(l.delegation().id(), k -> new ArrayList<>())
                        .add(l);
        List<Total> totals = new ArrayList<>();
        for (List<HeadcountLine> buses : teams.values()) {
            if (buses.size() < 2) continue;
            totals.add(new Total(
                    buses.get(0).delegation(),
                    buses.stream().map(l -> l.vehicle().id()).toList(),
                    buses.stream().mapToInt(HeadcountLine::counted).sum()));
        }
        return totals;
    }

    /** The total of the team whose bus {@code vehicle} is, when that bus is one of several of the team counted. */
    public static java.util.Optional<Total> ofBus(List<HeadcountLine> lines, String vehicle) {
        return of(lines).stream().filter(t -> t.buses().contains(vehicle)).findFirst();
    }

    /** A counted bus of a team's own, carrying that team alone, on no site-visit route. */
    private static boolean own(HeadcountLine l) {
        return l.reported()
                && !l.shared()
                && l.plan() == null
                && l.delegation() != null
                && l.delegation().id().equals(l.vehicle().delegation());
    }
}
