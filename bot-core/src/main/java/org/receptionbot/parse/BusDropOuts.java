package org.receptionbot.parse;

/**
 * A bus liaison's word that people of a delegation on the bus will not come on the visit: "7号车这边
 * 山西少一个人 刚打电话说不去了", "5号车湖南少了2个，说不来了". The people short on the bus, then their
 * dropping out, with no route named: a VISIT_CHANGE from no route said to none. A bus short of people
 * with no word of dropping out is left to the head-count rules.
 */
final class BusDropOuts {
    /** A delegation's people said short on a bus. */
    record Short(String team, int count, int at) {}

    private static final String[] NOT_COMING = {"不来了", "来不了"};

    private BusDropOuts() {}

    /** The people the clause says are short on a bus ("7号车 山西少一个人"), or null. */
    static Short of(Clause c) {
        if (c.all(Mention.Vehicle.class).isEmpty()
                || !c.has(Cue.FEWER)
                || c.teams().size() != 1) return null;
        if (!c.all(Mention.Route.class).isEmpty() || !c.all(Mention.Meals.class).isEmpty()) return null;
        java.util.List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1 || counts.get(0).start() < c.at(Cue.FEWER)) return null;
        return new Short(c.teams().get(0), counts.get(0).value(), counts.get(0).end());
    }

    /**
     * Whether the clause from {@code from} on says they dropped out (不去了, 不参加考察了, 说不来了), with
     * no route, delegation or figure of its own.
     */
    static boolean dropsOut(Clause c, int from) {
        for (Mention m : c.mentions)
            if (m.end() > from && !(m instanceof Mention.Part || m instanceof Mention.Day)) return false;
        VisitWords.Word drop = VisitDropWords.drop(c);
        int end = drop != null && drop.at() >= from ? drop.end() : notComing(c, from);
        if (end < 0) return false;
        String rest = c.text.substring(end, c.end).strip();
        return rest.isEmpty()
                || rest.startsWith("了")
                || rest.startsWith("啦")
                || rest.startsWith("考察")
                || rest.startsWith("参观");
    }

    private static int notComing(Clause c, int from) {
        for (String w : NOT_COMING) {
            int at = c.text.indexOf(w, from);
            if (at >= 0 && at + w.length() <= c.end) return at + 2;
        }
        return -1;
    }

    /** Places the drop-out of the people short on the bus. */
    static boolean place(Short s, Clause c, Drafts drafts, String original) {
        Draft d = drafts.add(Draft.Kind.VISIT_CHANGE, c, original);
        d.team = s.team();
        d.count = s.count();
        d.from = null;
        d.to = null;
        return true;
    }
}
