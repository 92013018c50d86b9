package org.receptionbot.parse;

/**
 * "5号车实到53 两个坐早班机先走了", "12号车实到39 山东有两个早上先走了": people already gone, said after a bus's count
 * with no vehicle, day, clock or train of their own and no other delegation, are why the count is what it is; their
 * leaving was reported when it was planned, and is no departure of its own ("…有两个下午走" is one: not gone yet).
 * So are people going back by another car or on their own ({@link CarRideBesideCount}).
 */
final class GoneBesideCount {
    private GoneBesideCount() {}

    static boolean test(Clause c, Draft last) {
        if (last == null || last.kind != Draft.Kind.HEADCOUNT || last.count == null || !c.has(Cue.DEPART)) return false;
        if (c.question || c.has(Cue.REST) || c.has(Cue.BATCH)) return false;
        if (!c.all(Mention.Vehicle.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        int verb = c.at(Cue.DEPART);
        boolean ride = CarRideBesideCount.test(c, verb);
        for (Mention.Team t : c.all(Mention.Team.class))
            if (!t.id().equals(last.team) && !(ride && CarRideBesideCount.carOwner(c, t))) return false;
        boolean counted = false;
        for (Mention.Count n : c.all(Mention.Count.class)) counted |= n.end() <= verb;
        return counted && (gone(c, verb) || ride);
    }

    /** 已经先走了, 先走了, 已回去: the leaving verb done (了 right after it, or 已 before it). */
    private static boolean gone(Clause c, int verb) {
        int end = c.endOf(Cue.DEPART);
        if (end < c.end && c.text.charAt(end) == '了' || c.text.charAt(end - 1) == '了') return true;
        int from = Math.max(c.start, verb - 3);
        return c.text.substring(from, verb).contains("已");
    }
}
