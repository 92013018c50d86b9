package org.receptionbot.parse;

/**
 * Buses in visit statements, as a bus liaison says them: riders of one delegation (2号车有三个浙江的, see
 * {@link BusRiders}) whom the next clause sends to a route, people short on a bus who drop out
 * ({@link BusDropOuts}), and whether a clause counts a bus instead of saying a visit. One per message.
 */
final class VisitBuses {
    private final String original;
    /** The people the clause before said short on a bus, whom a drop-out with nothing of its own is about. */
    private BusDropOuts.Short busShort;
    /** The riders the clause before named, whom a route joined is about; 0 when none. */
    private int riders;

    private int before;

    VisitBuses(String original) {
        this.original = original;
    }

    /** A clause is being read: the riders the clause before named, taken once. */
    int next() {
        before = riders;
        riders = 0;
        return before;
    }

    /** The riders the clause just placed named, 0 when none. */
    int aboard() {
        return riders;
    }

    /** Places the clause when it names riders or says people short on a bus drop out; whether it did. */
    boolean place(Clause c, Drafts drafts) {
        // 2号车有三个浙江的，他们要去百色: riders of a bus are no head count; the next clause says where they go.
        riders = BusRiders.of(c);
        if (riders > 0) return true;
        BusDropOuts.Short shortBefore = busShort;
        busShort = BusDropOuts.of(c);
        if (busShort != null && BusDropOuts.dropsOut(c, busShort.at()))
            return BusDropOuts.place(busShort, c, drafts, original);
        return shortBefore != null
                && busShort == null
                && BusDropOuts.dropsOut(c, c.start)
                && BusDropOuts.place(shortBefore, c, drafts, original);
    }

    /** A head count: a vehicle, or counting words (实到, 清点, 上车) besides 人数. */
    static boolean counting(Clause c) {
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) if (!seating(c, v)) return true;
        int at = c.at(Cue.HEADCOUNT);
        return at >= 0 && !c.text.startsWith("人数", at);
    }

    /**
     * "柳州线已经到了 7号车清点36人": a route or bus that has arrived, then a bus counted with its figure;
     * 已经 tells the arrival, not a past count.
     */
    static boolean countedAfterArriving(Clause c) {
        int counted = c.at(Cue.HEADCOUNT);
        if (counted < 0 || !c.has(Cue.ARRIVE) || c.at(Cue.ARRIVE) > counted) return false;
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class))
            if (v.start() > c.at(Cue.ARRIVE) && v.end() <= counted)
                for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() >= counted) return true;
        return false;
    }

    /**
     * "7号车刚才差的两个也上来了 现在一共30人": what happened on a bus, then its figure now; 刚才 tells what
     * happened, not a past count.
     */
    static boolean countedNow(Clause c) {
        return c.has(Cue.PAST) && figureNow(c) != null;
    }

    /** The figure right after 现在/目前 (a few words between) on a bus named in the clause, or null. */
    static Mention.Count figureNow(Clause c) {
        if (c.all(Mention.Vehicle.class).isEmpty()) return null;
        for (String w : NOW) {
            int at = c.text.indexOf(w, c.start);
            if (at < 0 || at >= c.end) continue;
            for (Mention.Count n : c.all(Mention.Count.class))
                if (n.start() > at && n.start() - at <= w.length() + 3) return n;
        }
        return null;
    }

    private static final String[] NOW = {"现在", "目前"};

    /** "2号车刚才没到的两位也来了 目前一共40人": the people missing came, and the bus is counted now. */
    static boolean cameAndCounted(Clause c) {
        if (!countedNow(c)) return false;
        for (String w : CAME) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < c.end) return true;
        }
        return false;
    }

    private static final String[] CAME = {"来了", "到了", "上来", "上车了", "找到了", "回来了", "找着了"};

    /** "北海线6人（坐9号车）": the vehicle people ride on a route, no head count. */
    private static boolean seating(Clause c, Mention.Vehicle v) {
        if (c.all(Mention.Route.class).isEmpty() || v.start() == 0) return false;
        // 坐我们自己的12号车: a few words of whose bus between.
        for (int i = v.start() - 1; i >= Math.max(c.start, v.start() - SEAT_WORDS); i--) {
            if ("坐乘".indexOf(c.text.charAt(i)) >= 0) return true;
            if (Clause.SEPARATORS.indexOf(c.text.charAt(i)) >= 0 || Character.isDigit(c.text.charAt(i))) return false;
        }
        return false;
    }

    /** Most characters between 坐 and the bus it names (坐我们自己的 12号车). */
    private static final int SEAT_WORDS = 7;
}
