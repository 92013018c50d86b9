package org.receptionbot.parse;

/**
 * A drop-out or a switch said where it happens, at a bus: "在车门口又说不去了", "临上车又不去了",
 * "北海线5号车有两个人下车不去了", "3号车门口 吉林的一位同志说他要跟柳州走 已经让他去6号车了". The bus
 * (at its door, a route's bus, the bus people are sent to) and the words of getting on or off count no
 * one: the clause is a visit statement, not a head count. A clause with a counting word (实到, 清点,
 * 应到) or a figure right after a bus stays a head count. Going with a route (他要跟柳州走) is joining it,
 * no departure.
 */
final class VisitAtBus {
    /** Words of the bus as the place or the moment (its door, getting on or off). */
    private static final String[] AT_BUS = {"车门口", "车门", "上车前", "临上车", "上车时", "上车的时候", "下车", "在车上", "车上"};
    /** Words that count the people on a bus. */
    private static final String[] COUNTING = {"实到", "清点", "点名", "人数", "应到", "齐了", "一共", "共计", "总共"};
    /** What right after a bus says people got off it or that it is only where this is said. */
    private static final String[] GOT_OFF = {"上下来", "下来", "上下车", "下车", "这边", "那边", "这里", "上刚下来", "有", "上有", "里有"};
    /** What before a bus says people are sent to it or ride it (让他去6号车, 坐5号车, 跟5号车走). */
    private static final String SENT_TO = "去坐上跟";

    /** Words after a wrong bus said that take it back: the people are on the right bus after all. */
    private static final String[] TAKEN_BACK = {"没错", "没上错", "搞错了", "看错了", "弄错了", "是我错了", "误会"};

    /** Words after a wrong bus that keep the people on the route it takes (就让他跟着去, 现在改柳州就不下去了). */
    private static final String[] STAYS = {"跟着", "就让", "就跟", "就去", "改", "不下", "不换", "算了", "将错就错", "留在"};

    private VisitAtBus() {}

    /**
     * "有一个广东的坐错车了 上了柳州线的车": people on the wrong bus, with nothing after it in the message saying they
     * stay with the route it takes, change no route (the liaisons sort it out); a head count beside it stays.
     */
    static boolean wrongBusOnly(Clause c, VisitWords.Word switching) {
        if (switching == null || c.text.charAt(switching.end() - 1) != '错') return false;
        String rest = c.text.substring(switching.end());
        for (String w : STAYS) if (rest.contains(w)) return false;
        return true;
    }

    /**
     * "青岛的三位上错车了 他们是柳州的 哦没错 就是6号车 我搞错了": a wrong bus said, then taken back, is no
     * change: the clause is read and records nothing.
     */
    static boolean takenBack(Clause c, VisitWords.Word switching) {
        if (switching == null || c.text.charAt(switching.end() - 1) != '错') return false;
        for (String w : TAKEN_BACK) {
            int at = c.text.indexOf(w, switching.end());
            if (at >= 0 && at + w.length() <= c.end) return true;
        }
        return false;
    }

    /** Whether the clause drops out of or goes to a route, with its bus only the place where that is said. */
    static boolean scene(Clause c, VisitWords.Word drop) {
        if (drop == null && !goesToRoute(c)) return false;
        for (String w : COUNTING) if (has(c, w)) return false;
        int counted = c.at(Cue.HEADCOUNT);
        if (counted >= 0 && !atBus(c, counted, c.endOf(Cue.HEADCOUNT))) return false;
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class))
            if (!placeOnly(c, v) && !(drop != null && gotOffLater(c, v))) return false;
        return true;
    }

    /**
     * "厦门3人临时改去柳州了 已经上了7号车": the people counted before a switch, then the bus they got on after it:
     * where the switched people sit, no head count of the bus.
     */
    static boolean boardedAfterSwitch(Clause c, VisitWords.Word switching) {
        for (String w : COUNTING) if (has(c, w)) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.end() > switching.at()) return false;
        java.util.List<Mention.Vehicle> buses = c.all(Mention.Vehicle.class);
        for (Mention.Vehicle v : buses) {
            String before = c.text.substring(Math.max(switching.end(), v.start() - 2), v.start());
            if (v.start() < switching.end() || !(before.endsWith("上") || before.endsWith("上了") || before.endsWith("坐")))
                return false;
        }
        return !buses.isEmpty();
    }

    /** "7号车有3个人下车了说不去了": people getting off the bus, said after it, before they drop out. */
    private static boolean gotOffLater(Clause c, Mention.Vehicle v) {
        for (String w : new String[] {"下车", "下来"}) {
            int at = c.text.indexOf(w, v.end());
            if (at >= 0 && at < c.end && at - v.end() <= 8) return true;
        }
        return false;
    }

    /**
     * "柳州线4人已上6号车", "北海线5个人都上车了", "百色3个在1号车": a figure, then getting on (上车, or 上 or 在 a
     * bus with no figure after it), a few words of 都/已经 between and no counting word: the people who go, no head count.
     */
    static boolean boarded(Clause c, java.util.List<String> teams, org.receptionbot.event.Event event) {
        if (!countable(c, teams, event)) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) if (boardedAfter(c, n)) return true;
        return false;
    }

    /**
     * "江苏北海5个已经上4号车了 百色3个在1号车": several routes, each with its figure of people getting on a bus;
     * every figure is of people boarded.
     */
    static boolean eachBoarded(Clause c, java.util.List<String> teams, org.receptionbot.event.Event event) {
        java.util.List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != c.all(Mention.Route.class).size() || !countable(c, teams, event)) return false;
        for (Mention.Count n : counts) if (!boardedAfter(c, n)) return false;
        return true;
    }

    /** No counting word, and no figure more than the delegation has (柳州线35人已上7号车 is the bus's figure). */
    private static boolean countable(Clause c, java.util.List<String> teams, org.receptionbot.event.Event event) {
        for (String w : COUNTING) if (has(c, w)) return false;
        for (Mention.Count n : c.all(Mention.Count.class))
            for (String team : teams)
                if (team == null
                        || n.value() > event.delegation(team).map(d -> d.size()).orElse(0)) return false;
        return true;
    }

    private static boolean boardedAfter(Clause c, Mention.Count n) {
        int on = n.end();
        while (on < c.end && ON_THE_WAY.indexOf(c.text.charAt(on)) >= 0) on++;
        // 山西柳州线那5个人都在7号车上了: the people are on the bus, said with 在.
        boolean in = on < c.end && c.text.charAt(on) == '在';
        if (on >= c.end || c.text.charAt(on) != '上' && !in) return false;
        if (!in && c.text.startsWith("车", on + 1)) return true;
        int bus = c.text.startsWith("了", on + 1) ? on + 2 : on + 1;
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) if (v.start() == bus) return !figureAfter(c, v);
        return false;
    }

    /** Whether a figure follows the bus with only spaces between (6号车 40人): the bus counted. */
    private static boolean figureAfter(Clause c, Mention.Vehicle v) {
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() >= v.end() && c.text.substring(v.end(), n.start()).isBlank()) return true;
        return false;
    }

    /** What may stand between a figure and 上 in {@link #boarded}: 都已经全部坐 and spaces. */
    private static final String ON_THE_WAY = "都已经全部均坐 ";

    /** "他要跟柳州走", "随百色组一起走": the route people go with (跟 or 随 before it, 走 after it), or null. */
    static Mention.Route goesWith(Clause c) {
        for (Mention.Route r : c.all(Mention.Route.class)) {
            int i = r.start() - 1;
            if (i > c.start && c.text.charAt(i) == '着') i--;
            int after = c.text.startsWith("一起", r.end()) ? r.end() + 2 : r.end();
            if (i >= c.start && "跟随".indexOf(c.text.charAt(i)) >= 0 && c.text.startsWith("走", after)) return r;
        }
        return null;
    }

    /** "兵团的 跟5号车走": a delegation and the bus it rides, nothing else (whose people the change before was). */
    static boolean ridesOnly(Clause c) {
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) if (!placeOnly(c, v)) return false;
        return !c.all(Mention.Vehicle.class).isEmpty() && c.bareWith("是都的人跟坐上乘走");
    }

    /** "要跟柳州走", "跟着去百色": a route joined with a going word right before it. */
    private static boolean goesToRoute(Clause c) {
        for (Mention.Route r : c.all(Mention.Route.class)) if (VisitSwitches.goingTo(c, r)) return true;
        return false;
    }

    /** A bus at its door, of a route named right before it, or the one people are sent to; no figure after it. */
    private static boolean placeOnly(Clause c, Mention.Vehicle v) {
        if (figureAfter(c, v)) return false;
        if (c.text.startsWith("门", v.end())) return true;
        // 在2号车上下来了, 4号车这边有两个同志说不去了, 3号车有2个不去了: the bus people got off, or where it is said.
        for (String w : GOT_OFF) if (c.text.startsWith(w, v.end())) return true;
        if (v.start() > c.start && SENT_TO.indexOf(c.text.charAt(v.start() - 1)) >= 0) return true;
        for (Mention.Route r : c.all(Mention.Route.class)) if (r.end() == v.start()) return true;
        return VisitBusDropOut.teamAfter(c, v);
    }

    /** Whether a word of {@link #AT_BUS} overlaps the span from {@code at} to {@code end} (在车 of 在车门口). */
    private static boolean atBus(Clause c, int at, int end) {
        for (String w : AT_BUS)
            for (int from = Math.max(c.start, at - w.length() + 1); from < end; from++)
                if (c.text.startsWith(w, from) && from + w.length() <= c.end) return true;
        return false;
    }

    /** "13号车上有两个人说不去了": people who no longer go, said at a bus with no counting word, count no one on it. */
    static boolean dropNotCounted(Clause c) {
        if (VisitDropWords.drop(c) == null) return false;
        for (String w : COUNTING) if (has(c, w)) return false;
        return true;
    }

    private static boolean has(Clause c, String w) {
        int at = c.text.indexOf(w, c.start);
        return at >= 0 && at + w.length() <= c.end;
    }
}
