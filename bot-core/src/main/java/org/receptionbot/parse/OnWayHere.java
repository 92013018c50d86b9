package org.receptionbot.parse;

/**
 * "山西5个人接到了，往回走了", "兵团25人坐MU2325平安落地，已经上车了": after people are met or land, heading back
 * or boarding is the way here of the same people, no one leaving the event.
 */
final class OnWayHere {

    private OnWayHere() {}

    /** Words after which 走/开 heads somewhere (往回走, 朝山庄开), said right before the verb or a place before it. */
    private static final String TOWARD = "往朝向";

    /** Boarding said as done, with nothing of where to. */
    private static final String[] BOARDED = {"已经上车", "已上车", "上车了", "都上车"};

    /**
     * Whether {@code c}, read as a departure, follows the arrival just read ({@code last}) as the same people's way
     * here: heading back (往回走) or boarding, with no day, clock time, figure or train of its own.
     */
    static boolean test(Clause c, Draft last) {
        if (last == null || last.kind != Draft.Kind.ARRIVAL) return false;
        if (!c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || Figures.people(c) != null
                || c.has(Cue.REST)) return false;
        if (heading(c)) return true;
        String said = c.span();
        for (String w : BOARDED) if (said.contains(w)) return true;
        return false;
    }

    /**
     * "安徽4个人接到了 正往回走", "重庆44人全部接到 往回走了": met, then heading back, in one statement: the arrival is what it
     * reports.
     */
    static boolean headingAfterArrival(Clause c) {
        if (!heading(c)) return false;
        int verb = c.at(Cue.DEPART);
        return c.has(Cue.ARRIVE) && c.at(Cue.ARRIVE) < verb || metBefore(c, verb);
    }

    /**
     * Whether a verb of meeting (接到, 接上) is said before {@code depart} as done: not a notice received (接到通知) and
     * not denied or still to come (没接到, 要接上).
     */
    private static boolean metBefore(Clause c, int depart) {
        for (String v : PickupWords.VERBS) {
            int at = c.text.indexOf(v, c.start);
            if (at < 0 || at + v.length() > depart) continue;
            if (ArrivalScan.at(c.text, at + v.length(), PickupWords.RECEIVED) != null) continue;
            if (at > 0 && PickupWords.NOT_DONE_BEFORE.indexOf(c.text.charAt(at - 1)) >= 0) continue;
            return true;
        }
        return false;
    }

    private static boolean heading(Clause c) {
        int verb = c.at(Cue.DEPART);
        return verb > c.start && TOWARD.indexOf(c.text.charAt(verb - 1)) >= 0;
    }
}
