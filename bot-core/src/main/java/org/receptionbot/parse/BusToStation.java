package org.receptionbot.parse;

/**
 * A vehicle named as the delegation's way to the station or the airport: "1号车早上八点送第一批三十人去宜昌东站 D3072
 * 2号车下午一点送剩下的去恩施机场", "(湖南报离会 今天中午十二点半) 3号车去恩施站 G1264 三十五人". The people said with it
 * leave; they are not counted on the vehicle (no HEADCOUNT). After a departure still open (no time, or no people and
 * no ticket), the vehicle's line completes it; with a time of its own after one already timed, it is the next batch.
 */
final class BusToStation {
    /** Where the vehicle takes people: a station, an airport. */
    private static final String[] PLACES = {"站", "机场", "高铁", "动车", "火车"};
    /** The vehicle's errand: taking people somewhere. */
    private static final String[] TAKES = {"送", "去", "拉"};
    /** Words of a vehicle's trip done, or of people counted on it: no plan of leaving. */
    private static final String[] NOT_PLANNED = {"送到", "送走", "已经", "已送", "刚", "接", "实到", "清点", "点名"};

    private BusToStation() {}

    /** Reads {@code c} as the delegation's bus to the station; false when it is no such line or nothing leaves. */
    static boolean take(Clause c, ClauseState state, Drafts drafts, MovementRules movements, Reading reading) {
        // 3号车今天下午两点半 送湖南去恩施站: a coordinator's or a driver's timetable; the liaison reports the leaving.
        if (reading.sender() == null || !line(c)) return false;
        Draft last = drafts.last();
        boolean open = last != null
                && last.kind == Draft.Kind.DEPARTURE
                && (c.teams().isEmpty() || c.teams().contains(last.team))
                && (last.time == null || c.all(Mention.Clock.class).isEmpty());
        if (open) {
            complete(c, last);
            return true;
        }
        // 3号车明天上午10点出发去机场: a bus's own trip, with no people taken, moves no one.
        if (c.all(Mention.Clock.class).isEmpty() || !takesPeople(c)) return false;
        movements.movement(c, Draft.Kind.DEPARTURE, state, drafts);
        return true;
    }

    /** The people, the ticket and the time the vehicle's line gives a departure that lacks them. */
    private static void complete(Clause c, Draft last) {
        Integer people = c.has(Cue.REST) ? null : Figures.people(c);
        if (last.count == null && people != null) last.count = people;
        String ticket = Figures.transport(c);
        if (last.transport == null && ticket != null) last.transport = ticket;
        if (last.time == null || last.checkOutTime) {
            java.time.LocalTime time = Figures.time(c);
            if (time != null) last.time = time;
        }
    }

    /** 送第一批三十人, 送剩下的: the vehicle takes people said with it. */
    private static boolean takesPeople(Clause c) {
        int at = c.text.indexOf('送', c.start);
        return at >= 0 && at < c.end && (Figures.people(c) != null || c.has(Cue.REST));
    }

    /** A vehicle, then its errand to a station or an airport (or a train or flight), said as a plan. */
    static boolean line(Clause c) {
        if (c.question || c.has(Cue.PAST) || c.has(Cue.PROBLEM) || c.movement() != null) return false;
        java.util.List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.isEmpty()) return false;
        String said = c.text.substring(vehicles.get(0).end(), c.end);
        for (String w : NOT_PLANNED) if (said.contains(w)) return false;
        boolean takes = false;
        for (String w : TAKES) takes |= said.contains(w);
        if (!takes) return false;
        if (!c.all(Mention.Transport.class).isEmpty()) return true;
        for (String w : PLACES) if (said.contains(w)) return true;
        return false;
    }
}
