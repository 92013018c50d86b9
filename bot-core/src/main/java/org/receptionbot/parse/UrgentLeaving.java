package org.receptionbot.parse;

/**
 * "行李车还没到啊 我们十点就要走了", "有个运动员肚子疼 能不能送医院看看 我们两点就要走了": beside a problem, the hour the
 * delegation must leave says how urgent it is; the leaving was reported on its own, and this gives no departure (nor
 * one of the single person the problem is about). So does its bus due soon ("西藏的房退不了 … 我们车4点就到了"): no arrival.
 */
final class UrgentLeaving {
    /** Words of having to leave soon: 就要走了, 就得走, 马上要走. */
    private static final String[] URGENT = {"就要走", "就得走", "马上要走", "马上就走", "就走了", "要走了", "得走了", "就要出发", "就得出发"};

    private UrgentLeaving() {}

    /** Takes out the departures said only as the urgency of a problem the message reports. */
    static void drop(Drafts drafts) {
        boolean problem = false;
        for (Draft d : drafts.since(0)) problem |= d.kind == Draft.Kind.ISSUE;
        if (problem) drafts.dropIf(UrgentLeaving::urgency);
    }

    /** 我们车4点就到了, 车马上就到: the delegation's own bus due soon, which makes the problem urgent. */
    private static final java.util.regex.Pattern BUS_DUE =
            java.util.regex.Pattern.compile("车[0-9零一二两三四五六七八九十点半:：]{0,6}(?:就|马上)(?:要|就)?到");

    private static boolean urgency(Draft d) {
        if (d.kind == Draft.Kind.ARRIVAL)
            return d.transport == null && BUS_DUE.matcher(d.statement).find();
        if (d.kind != Draft.Kind.DEPARTURE || d.transport != null) return false;
        for (String w : URGENT) if (d.statement.contains(w)) return true;
        return false;
    }
}
