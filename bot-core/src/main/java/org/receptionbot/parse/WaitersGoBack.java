package org.receptionbot.parse;

/**
 * "9号车新疆的还没到 航班延误到晚上八点 我们先回去了", "北京的还没来 飞机延误到22:15 我们先回酒店了": after a team said
 * not here yet and its late arrival read, going back is the people who waited for it (a bus, a pickup), no one
 * leaving the event.
 */
final class WaitersGoBack {
    /** Words of a team not here yet, said before the going back. */
    private static final String[] NOT_YET = {"还没到", "没到", "还没来", "没来", "还没落地", "还没出站", "还没下来"};

    private WaitersGoBack() {}

    /**
     * Whether {@code c}, read as a departure, follows the arrival just read ({@code last}) of a team said not here
     * yet, with no team, day, clock time, figure or train of its own.
     */
    static boolean test(Clause c, Draft last) {
        if (last == null || last.kind != Draft.Kind.ARRIVAL) return false;
        if (!c.all(Mention.Team.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || Figures.people(c) != null) return false;
        String before = c.text.substring(0, c.start);
        for (String w : NOT_YET) if (before.contains(w)) return true;
        return false;
    }
}
