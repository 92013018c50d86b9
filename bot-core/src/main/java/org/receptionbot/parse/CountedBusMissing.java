package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "6号车到了28个 还差2个在找 电话没人接": a bus counted, then people short of it who cannot be reached. The count
 * is the bus's head count; the people unreachable are a matter of their own (no driver is spoken of).
 */
final class CountedBusMissing {
    private CountedBusMissing() {}

    private static final Pattern COUNTED =
            Pattern.compile("\\s*(清点|点过了)?[:：，,]?\\s*(实到|到了|上了|来了|已到|已上|目前|现在|一共|共)?\\s*");
    /** A shortfall said, or blanked as no figure of its own ("还差2个" reads as spaces). */
    private static final String[] SHORT = {"还差", "差了", "少了", "还少", "没来", "没到", "没上车", "   "};

    private static final String[] DRIVER = {"师傅", "司机", "调度", "车呢", "车在哪", "找不到车", "没看到车"};

    /**
     * "5号车还差2人 江西的王处和一个同事 电话都没人接", "兵团的刘老师没上车 电话也不接": people short of a bus (or not on
     * it), then unreachable, with no driver spoken of: the people are the matter, not the vehicle.
     */
    static boolean peopleShort(Clause c) {
        if (c.all(Mention.Vehicle.class).size() > 1 || !c.has(Cue.UNREACHABLE)) return false;
        String span = c.span();
        for (String w : DRIVER) if (span.contains(w)) return false;
        String before = c.text.substring(c.start, c.at(Cue.UNREACHABLE));
        for (String w : PEOPLE_SHORT) if (before.contains(w)) return true;
        return false;
    }

    /** A shortfall of people said (还没到, 没来 may be the bus's own: 大巴还没来). */
    private static final String[] PEOPLE_SHORT = {"还差", "差了", "少了", "还少", "没上车", "   "};

    /** The figure counted on the only vehicle of {@code c}, when a shortfall and people unreachable follow it. */
    static Mention.Count count(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.size() != 1 || !c.has(Cue.UNREACHABLE)) return null;
        String span = c.span();
        for (String w : DRIVER) if (span.contains(w)) return null;
        Mention.Vehicle v = vehicles.get(0);
        Mention.Count first = null;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() >= v.end()) {
                first = n;
                break;
            }
        }
        if (first == null
                || !COUNTED.matcher(c.text.substring(v.end(), first.start())).matches()) return null;
        int unreachable = c.at(Cue.UNREACHABLE);
        String after = c.text.substring(first.end(), Math.max(first.end(), unreachable));
        for (String w : SHORT) if (after.contains(w)) return first;
        return null;
    }
}
