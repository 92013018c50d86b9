package org.receptionbot.parse;

import java.util.List;

/**
 * Whether the subject of a movement verb is a vehicle or its driver ({@link VehicleMoves#drop}):
 * <ul>
 *   <li>the driver, the nearest subject before the verb, in its clause or the one before: "师傅刚去加油了
 *       马上回", "6号车刘师傅7点50到九院门口";
 *   <li>a vehicle of the event right before the verb, with only adverbs, a day or a clock time between,
 *       and no figure of people after it: "14号车到了吗", "1号车已经到党校东门了";
 *   <li>a delegation's car or bus leaving, with only adverbs between: "吉林的车怎么走了", "大巴怎么先开走了".
 * </ul>
 */
final class VehicleSubjects {
    /** How far back, in characters, the driver is looked for. */
    private static final int REACH = 14;

    private VehicleSubjects() {}

    /** The driver is the nearest subject before the verb. */
    static boolean driver(String text, int verb, List<Mention> mentions) {
        int separators = 0;
        for (int i = verb - 1; i >= Math.max(0, verb - REACH); i--) {
            char c = text.charAt(i);
            if (c == '\n' || Clause.SEPARATORS.indexOf(c) >= 0 && ++separators > 1) return false;
            if (person(text, i, mentions)) return false;
            if (VehicleWords.driverEndsAt(text, i)) return true;
        }
        return false;
    }

    /** A vehicle of the event right before the verb. */
    static boolean eventVehicle(String text, CueTable.Hit verb, List<Mention> mentions) {
        Mention.Vehicle vehicle = null;
        for (Mention m : mentions) {
            if (m instanceof Mention.Vehicle v && v.end() <= verb.start()) vehicle = v;
            // 6号车到山庄了 41人, 应到42人: people counted on it are a head count, left to its rules.
            if (m instanceof Mention.Count n && n.unit() && n.start() >= verb.end()) return false;
        }
        if (vehicle == null) return false;
        // 坐12号车去机场: a vehicle people ride away is the means of their departure, not its mover.
        if (verb.cue() == Cue.DEPART && ridden(text, vehicle.start())) return false;
        if (verb.cue() == Cue.ARRIVE && carries(text, vehicle, verb.start(), mentions)) return false;
        int at = vehicle.end();
        for (Mention m : mentions) {
            boolean timed = m instanceof Mention.Clock || m instanceof Mention.Day || m instanceof Mention.Part;
            if (timed && m.start() == at && m.end() <= verb.start()) at = m.end();
        }
        return VehicleWords.onlyAdverbs(text, at, verb.start());
    }

    /** How far before a ridden vehicle the people riding it are looked for, in characters. */
    private static final int RIDERS_REACH = 10;

    /**
     * Whether the vehicle carries the people who arrive, rather than arriving itself: the people (a delegation or a
     * figure) ride it ("天津四个人坐1号车已经到山庄了"), or it met them at the station ("1号车已接到河北厅6位": the verb
     * 接到/接上 with a delegation or a figure after it).
     */
    static boolean carries(String text, Mention.Vehicle vehicle, int verb, List<Mention> mentions) {
        if (verb < vehicle.end()) return false;
        if (ridden(text, vehicle.start())) {
            for (Mention m : mentions)
                if (people(m)
                        && m.end() <= vehicle.start()
                        && vehicle.start() - m.end() <= RIDERS_REACH
                        && text.substring(m.end(), vehicle.start()).indexOf('\n') < 0) return true;
            return false;
        }
        int met = text.indexOf('接', verb);
        if (met < 0 || met - verb > 1 || !VehicleWords.onlyAdverbs(text, vehicle.end(), verb)) return false;
        for (Mention m : mentions) if (people(m) && m.start() > verb && m.start() - verb <= RIDERS_REACH) return true;
        return false;
    }

    private static boolean people(Mention m) {
        return m instanceof Mention.Team || m instanceof Mention.Count n && n.unit();
    }

    /** 坐, 乘, 搭 or 坐上 right before the vehicle. */
    private static boolean ridden(String text, int vehicle) {
        int i = vehicle;
        if (i > 0 && text.charAt(i - 1) == '上') i--;
        return i > 0 && "坐乘搭".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** The car or bus of a delegation or of the sender's people (吉林的车, 我们的大巴, 车 opening a clause) before the verb. */
    static boolean ownVehicle(String text, int verb, List<Mention> mentions) {
        for (int i = verb; i > 0 && verb - i <= 6; i--) {
            char c = text.charAt(i - 1);
            if (c == '车' || c == '巴' && i > 1 && text.charAt(i - 2) == '大') {
                int word = c == '车' ? i - 1 : i - 2;
                return owned(text, word, mentions) && VehicleWords.onlyAdverbs(text, i, verb);
            }
        }
        return false;
    }

    private static boolean owned(String text, int word, List<Mention> mentions) {
        int at = word > 0 && text.charAt(word - 1) == '的' ? word - 1 : word;
        if (at == 0 || Clause.SEPARATORS.indexOf(text.charAt(at - 1)) >= 0) return at == word;
        if (VehicleWords.endsAt(text, "们", at - 1)) return true;
        for (Mention m : mentions) if (m instanceof Mention.Team && m.end() == at) return true;
        return false;
    }

    /** A delegation, a figure of people or a word for people ends at {@code i}. */
    private static boolean person(String text, int i, List<Mention> mentions) {
        for (Mention m : mentions)
            if (m.end() == i + 1 && (m instanceof Mention.Team || m instanceof Mention.Count)) return true;
        return VehicleWords.peopleEndAt(text, i);
    }
}
