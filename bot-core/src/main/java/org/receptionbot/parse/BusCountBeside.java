package org.receptionbot.parse;

import java.util.List;

/** What is said beside a bus's count that is no record of its own: people not come yet, the bus setting off. */
final class BusCountBeside {
    private BusCountBeside() {}

    /**
     * "7号车实到34 差2个 名单上的小王小李还没来": after a bus just counted, a clause with no vehicle of its own
     * saying only that people have not come is the count's shortfall, no problem to act on.
     */
    static boolean missingAfterCount(Clause c, Draft last) {
        if (c.has(Cue.BROKEN) || c.has(Cue.HEALTH) || c.has(Cue.REQUEST) || c.has(Cue.MISSING)) return false;
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        int from = c.start;
        if (vehicles.size() == 1
                && c.has(Cue.HEADCOUNT)
                && c.at(Cue.HEADCOUNT) >= vehicles.get(0).end()) {
            // 7号车实到34 差2个 …还没来: in one clause, the absence said after the bus's figure.
            // 5号车到山庄重新清点 实到34人 少的一个…: or the figure the bus's count reads.
            Mention.Count n = VehicleFigures.figureRightAfter(c, vehicles.get(0));
            if (n == null) n = HeadcountFigure.of(c, vehicles.get(0));
            if (n == null) return false;
            from = n.end();
        } else if (last == null || last.kind != Draft.Kind.HEADCOUNT || !vehicles.isEmpty()) return false;
        String words = c.text.substring(from, c.end);
        if (words.contains("联系不上") || words.contains("打不通")) return false;
        for (String w : NOT_COME) if (words.contains(w)) return true;
        return false;
    }

    private static final String[] NOT_COME = {"没来", "没到", "未到", "没上车", "没上来", "没下楼", "没出来", "没回来", "没下来", "没赶到", "没赶上"};

    /**
     * "我们车上实到39人 出发了": a bus named by its kind or as the sender's own, counted with no delegation,
     * day, clock or train; the setting off said with it is the bus's.
     */
    static boolean kindCountedMoving(Clause c) {
        return c.all(Mention.Vehicle.class).isEmpty()
                && c.teams().isEmpty()
                && c.has(Cue.HEADCOUNT)
                && HeadcountWords.busByKind(c)
                && c.all(Mention.Day.class).isEmpty()
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Transport.class).isEmpty();
    }
}
