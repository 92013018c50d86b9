package org.receptionbot.summary;

import java.util.stream.Collectors;
import org.receptionbot.event.Person;
import org.receptionbot.event.Vehicle;

/** Whom to call about a bus: its liaisons with their phones, or its driver when it has none. */
public final class BusContact {
    private BusContact() {}

    /** "随车联络员 蓝玉梅 13577100005", or "未指定随车联络员，司机 廖师傅 13877100009". */
    public static String of(Vehicle v) {
        if (v.liaisons().isEmpty())
            return "未指定随车联络员，司机 " + v.driver() + (v.driverPhone() == null ? "" : " " + v.driverPhone());
        return "随车联络员 " + v.liaisons().stream().map(BusContact::person).collect(Collectors.joining("、"));
    }

    private static String person(Person p) {
        return p.phone() == null ? p.name() : p.name() + " " + p.phone();
    }
}
