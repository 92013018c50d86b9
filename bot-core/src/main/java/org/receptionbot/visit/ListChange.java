package org.receptionbot.visit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What differs between a route's list as it was sent and as it stands: the people of each
 * delegation and the buses' head counts.
 *
 * @param lines one line per difference, e.g. "湖南省住房和城乡建设厅 3人→1人", "4号车 实到40人"
 * @param state a short fingerprint of the list as it stands, the same for the same people and counts
 */
public record ListChange(List<String> lines, String state) {

    public ListChange {
        lines = List.copyOf(lines);
    }

    public boolean none() {
        return lines.isEmpty();
    }

    /** @param names a delegation's name by id */
    public static ListChange between(RouteList sent, RouteList now, Function<String, String> names) {
        List<String> lines = new ArrayList<>();
        StringBuilder state = new StringBuilder();
        for (DelegationLine d : now.delegations()) {
            int before = sent.people(d.delegation());
            if (before != d.people()) lines.add(names.apply(d.delegation()) + " " + before + "人→" + d.people() + "人");
            state.append(d.delegation()).append('=').append(d.people()).append(';');
        }
        for (DelegationLine d : sent.delegations()) {
            boolean gone =
                    now.delegations().stream().noneMatch(n -> n.delegation().equals(d.delegation()));
            if (gone && d.people() > 0) lines.add(names.apply(d.delegation()) + " " + d.people() + "人→0人");
        }
        for (BusCount b : now.buses()) {
            Integer before = counted(sent, b);
            if (b.reported() && !Objects.equals(before, b.counted()))
                lines.add(b.vehicle().id() + "号车 " + (before == null ? "" : "清点" + before + "人→") + "实到" + b.counted()
                        + "人");
            state.append(b.vehicle().id()).append(':').append(b.counted()).append(';');
        }
        return new ListChange(
                lines,
                UUID.nameUUIDFromBytes(state.toString().getBytes(StandardCharsets.UTF_8))
                        .toString());
    }

    private static Integer counted(RouteList l, BusCount bus) {
        return l.buses().stream()
                .filter(b -> b.vehicle().id().equals(bus.vehicle().id()))
                .findFirst()
                .map(BusCount::counted)
                .orElse(null);
    }
}
