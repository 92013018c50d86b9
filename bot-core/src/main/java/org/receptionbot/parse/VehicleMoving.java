package org.receptionbot.parse;

import java.util.List;

/**
 * Whether a vehicle, not people, is what arrives or leaves in a clause ("车到了", "车已经走了"), or only how the people
 * moving go ("北京5位都接上了 上的3号车", "45人已经上车了 往高铁站走了"). Read by {@link MovedNow}.
 */
final class VehicleMoving {
    private VehicleMoving() {}

    /**
     * Whether a vehicle of the event is what moves; "北京5位都接上了 上的3号车": one the people boarded after
     * arriving is only how they go on.
     */
    static boolean vehicleMoves(Clause c) {
        int verb = Math.max(c.at(Cue.ARRIVE), c.at(Cue.DEPART));
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) {
            int b = v.start();
            if (c.has(Cue.ARRIVE) && VehicleSubjects.carries(c.text, v, c.at(Cue.ARRIVE), c.mentions)) continue;
            boolean boarded =
                    c.text.startsWith("上的", b - 2) || c.text.startsWith("坐上", b - 2) || c.text.startsWith("上了", b - 2);
            // 已落地 在等行李 7号车在哪个出口: a vehicle said past a space after the verb is a matter of its own.
            if (verb >= 0 && b > verb && c.text.substring(verb, b).indexOf(' ') >= 0) continue;
            if (!boarded || b < verb) return true;
        }
        return false;
    }

    /** "45人已经上车了 往高铁站走了": the bus named only as what people boarded (上车, 送上车) is not what left. */
    static boolean boarded(Clause c) {
        int vehicle = c.at(Cue.TOPIC_VEHICLE);
        return vehicle > c.start && c.text.charAt(vehicle - 1) == '上' && c.has(Cue.PAST);
    }

    /**
     * "车到了", "大巴已到酒店": a vehicle said before the arrival verb, in the same stretch with no space,
     * is what arrives; "车修好了 刚到九院", "到了 在出口等车" are people arriving, and so are people counted between
     * the vehicle and the verb ("云南大巴那43人下午已经到了": the 43 who came by bus).
     */
    static boolean vehicleArrives(Clause c) {
        int verb = c.at(Cue.ARRIVE);
        if (!c.has(Cue.TOPIC_VEHICLE) || verb < 0) return c.has(Cue.TOPIC_VEHICLE);
        int vehicle = c.at(Cue.TOPIC_VEHICLE);
        if (vehicle > verb) return false;
        for (int i = vehicle; i < verb; i++) if (c.text.charAt(i) == ' ') return false;
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.unit() && n.start() > vehicle && n.end() <= verb) return false;
        return true;
    }

    /** Every vehicle of the clause carries the people who arrive ({@link VehicleSubjects#carries}). */
    static boolean carried(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.isEmpty() || !c.has(Cue.ARRIVE)) return false;
        for (Mention.Vehicle v : vehicles)
            if (!VehicleSubjects.carries(c.text, v, c.at(Cue.ARRIVE), c.mentions)) return false;
        return true;
    }
}
