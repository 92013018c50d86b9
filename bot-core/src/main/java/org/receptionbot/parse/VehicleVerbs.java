package org.receptionbot.parse;

import java.util.List;

/**
 * A movement verb whose subject is a vehicle of the event rather than a delegation: the vehicle leaving or
 * arriving with its people, coming to pick people up, or leaving once counted.
 */
final class VehicleVerbs {

    private VehicleVerbs() {}

    /**
     * "3号车8:50准时出发去机场了": a vehicle of the event before the departure verb, and no delegation, is the vehicle leaving;
     * not when it carries people counted ({@link #carriesPeople}).
     */
    static boolean leaves(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        return !vehicles.isEmpty()
                && vehicles.get(0).end() <= c.at(Cue.DEPART)
                && c.teams().isEmpty()
                && !carriesPeople(c, vehicles.get(0));
    }

    /** What is said right before a vehicle its riders take: 坐11号车, 乘3号车, 搭5号车. */
    private static final String[] RIDE = {"坐", "乘", "搭"};

    /**
     * "另外两位明早坐11号车先走", "10号车明早7点送两位司长去机场": people counted, then riding the vehicle, or counted after
     * the vehicle takes them (送), before the departure verb, are the ones leaving, not the vehicle.
     */
    private static boolean carriesPeople(Clause c, Mention.Vehicle v) {
        int verb = c.at(Cue.DEPART);
        boolean ridden = false;
        for (String w : RIDE) {
            int at = v.start() - w.length();
            if (at >= c.start && c.text.startsWith(w, at)) ridden = true;
        }
        // 另外两个坐7号车走了 (beside a bus's count): moving to another bus, not leaving; a leaver's day, time or ticket says
        // so.
        ridden &= !c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty();
        int takes = c.text.indexOf('送', v.end());
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (!n.unit()) continue;
            if (ridden && n.end() <= v.start()) return true;
            if (takes >= 0 && takes < verb && n.start() > takes && n.start() <= takes + 3 && n.end() <= verb)
                return true;
        }
        return false;
    }

    /** A vehicle named before the arrival verb, and a figure of people after the verb. */
    static boolean arrives(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        int verb = c.at(Cue.ARRIVE);
        if (vehicles.isEmpty() || vehicles.get(0).end() > verb || !c.teams().isEmpty()) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit() && n.start() > verb) return true;
        return false;
    }

    /** "12号车明天5:30到宾馆接山东": a vehicle coming to pick people up moves no delegation. */
    static boolean pickUp(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.isEmpty()) return false;
        int at = c.text.indexOf('接', vehicles.get(0).end());
        return at >= 0 && at < c.end && !c.text.startsWith("接到", at);
    }

    /** After a head count, a movement verb with no delegation, day, time, figure or train of its own. */
    static boolean leavesAfterCount(Clause c, Draft last) {
        return last != null
                && last.kind == Draft.Kind.HEADCOUNT
                && c.teams().isEmpty()
                && c.all(Mention.Day.class).isEmpty()
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Transport.class).isEmpty()
                && Figures.people(c) == null;
    }
}
