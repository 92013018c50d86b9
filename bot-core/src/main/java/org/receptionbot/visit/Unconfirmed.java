package org.receptionbot.visit;

import java.util.List;
import java.util.stream.Collectors;

/** How the route's lists name the buses whose count is flagged to be checked and left out of the route's sum. */
public final class Unconfirmed {

    private Unconfirmed() {}

    /** "5号车仅1人，待核实，未计入" ("3、5号车仅2、1人…" for several); empty for none. */
    public static String of(List<BusCount> buses) {
        if (buses.isEmpty()) return "";
        String ids = buses.stream().map(b -> b.vehicle().id()).collect(Collectors.joining("、"));
        String counts = buses.stream().map(b -> String.valueOf(b.counted())).collect(Collectors.joining("、"));
        return ids + "号车仅" + counts + "人，待核实，未计入";
    }
}
