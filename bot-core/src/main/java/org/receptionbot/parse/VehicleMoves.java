package org.receptionbot.parse;

import java.util.List;

/**
 * A movement verb whose subject is a vehicle or its driver moves the vehicle, not a delegation; its cue
 * is dropped, so no arrival or departure is read, and a problem said with it (没到, 没上车) stays:
 * <ul>
 *   <li>the driver, the nearest subject before the verb, in its clause or the one before: "师傅刚去加油了
 *       马上回", "6号车刘师傅7点50到九院门口";
 *   <li>a vehicle of the event right before the verb, with only adverbs, a day or a clock time between,
 *       and no figure of people after it: "14号车到了吗", "1号车已经到党校东门了";
 *   <li>a delegation's car or bus leaving, with only adverbs between: "吉林的车怎么走了", "大巴怎么先开走了".
 * </ul>
 * A vehicle people ride ("坐大巴走", "3点的车走", "同一趟车") is the means of their movement and keeps it. Asked
 * why the delegation's car left ("车怎么走了"), the verb is the problem of the vehicle.
 */
final class VehicleMoves {
    /** How far back, in characters, the driver is looked for. */
    private static final int REACH = 14;
    /** Words for people: a subject nearer the verb than the driver. */
    private static final String[] PEOPLE = {
        "我们", "他们", "咱们", "大家", "人", "队员", "代表", "同志", "领导", "老师", "教练", "位", "他", "她"
    };
    /** Characters that may stand between a vehicle and its verb: adverbs and particles. */
    private static final String ADVERBS = "怎么咋先又就都已经刚才竟然提前还没有开早也";

    private VehicleMoves() {}

    /** Drops the arrival and departure cues whose subject is a vehicle or its driver. */
    static void drop(List<CueTable.Hit> hits, List<Mention> mentions, String text) {
        if (text.indexOf('车') < 0 && text.indexOf("师傅") < 0 && text.indexOf("司机") < 0 && text.indexOf("大巴") < 0) return;
        for (int k = 0; k < hits.size(); k++) {
            CueTable.Hit h = hits.get(k);
            if (h.cue() != Cue.ARRIVE && h.cue() != Cue.DEPART) continue;
            if (h.cue() == Cue.DEPART && ownVehicle(text, h.start(), mentions)) {
                // 车怎么走了: asked why the car left, it is a problem of the vehicle.
                if (asked(text, h.start())) {
                    hits.set(k, new CueTable.Hit(Cue.MISSING, h.start(), h.end()));
                    hits.add(++k, new CueTable.Hit(Cue.PROBLEM, h.start(), h.end()));
                } else hits.remove(k--);
            } else if (driver(text, h.start(), mentions) || eventVehicle(text, h, mentions)) hits.remove(k--);
        }
    }

    /** 怎么 or 咋 between the vehicle and the verb. */
    private static boolean asked(String text, int verb) {
        String before = text.substring(Math.max(0, verb - 6), verb);
        return before.contains("怎么") || before.contains("咋");
    }

    private static boolean driver(String text, int verb, List<Mention> mentions) {
        int separators = 0;
        for (int i = verb - 1; i >= Math.max(0, verb - REACH); i--) {
            char c = text.charAt(i);
            if (c == '\n' || Clause.SEPARATORS.indexOf(c) >= 0 && ++separators > 1) return false;
            if (person(text, i, mentions)) return false;
            if (endsAt(text, "师傅", i) || endsAt(text, "司机", i)) return true;
        }
        return false;
    }

    private static boolean eventVehicle(String text, CueTable.Hit verb, List<Mention> mentions) {
        Mention.Vehicle vehicle = null;
        for (Mention m : mentions) {
            if (m instanceof Mention.Vehicle v && v.end() <= verb.start()) vehicle = v;
            // 6号车到山庄了 41人, 应到42人: people counted on it are a head count, left to its rules.
            if (m instanceof Mention.Count n && n.unit() && n.start() >= verb.end()) return false;
        }
        if (vehicle == null) return false;
        int at = vehicle.end();
        for (Mention m : mentions) {
            boolean timed = m instanceof Mention.Clock || m instanceof Mention.Day || m instanceof Mention.Part;
            if (timed && m.start() == at && m.end() <= verb.start()) at = m.end();
        }
        return onlyAdverbs(text, at, verb.start());
    }

    /** The car or bus of a delegation or of the sender's people (吉林的车, 我们的大巴, 车 opening a clause) before the verb. */
    private static boolean ownVehicle(String text, int verb, List<Mention> mentions) {
        for (int i = verb; i > 0 && verb - i <= 6; i--) {
            char c = text.charAt(i - 1);
            if (c == '车' || c == '巴' && i > 1 && text.charAt(i - 2) == '大') {
                int word = c == '车' ? i - 1 : i - 2;
                return owned(text, word, mentions) && onlyAdverbs(text, i, verb);
            }
        }
        return false;
    }

    private static boolean owned(String text, int word, List<Mention> mentions) {
        int at = word > 0 && text.charAt(word - 1) == '的' ? word - 1 : word;
        if (at == 0 || Clause.SEPARATORS.indexOf(text.charAt(at - 1)) >= 0) return at == word;
        if (endsAt(text, "们", at - 1)) return true;
        for (Mention m : mentions) if (m instanceof Mention.Team && m.end() == at) return true;
        return false;
    }

    private static boolean onlyAdverbs(String text, int from, int to) {
        for (int i = from; i < to; i++) if (ADVERBS.indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    /** A delegation, a figure of people or a word for people ends at {@code i}. */
    private static boolean person(String text, int i, List<Mention> mentions) {
        for (Mention m : mentions)
            if (m.end() == i + 1 && (m instanceof Mention.Team || m instanceof Mention.Count)) return true;
        for (String w : PEOPLE) if (endsAt(text, w, i)) return true;
        return false;
    }

    private static boolean endsAt(String text, String w, int i) {
        int at = i + 1 - w.length();
        return at >= 0 && text.startsWith(w, at);
    }
}
