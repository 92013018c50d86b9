package org.receptionbot.parse;

/**
 * The words of switching to another route: a switching word before the route joined (改去, 换到, 调回), a
 * route not named yet (换一条), one character of change right before a route (改北海), part of a group
 * switched (改两个去百色); a switch put to the group as a choice (北海还是百色好) is none.
 */
final class VisitSwitchWords {
    /** Moving to another route: the route after the word is joined. */
    private static final String[] SWITCH = {
        "改去", "改到", "改为", "改成", "改报", "改跟", "改走", "改参加", "改坐", "换到", "换成", "换去", "换为", "调到", "调去", "调整到", "调整为", "转到",
        "转去", "转为", "变更为", "变为", "减为", "减到", "减至", "减少到", "减少为", "增为", "增到", "增至", "增加到", "增加为", "加到", "降为", "降到", "调为",
        "并到", "并入", "合并到", "挪到", "挪去", "移到", "上错", "搭错", "坐错", "改回", "换回", "调回", "改线", "换线", "换组"
    };
    /** Moving to a route not named (想从百色换一条线, 换个别的线路): the route is to ask. */
    private static final String[] SWITCH_UNNAMED = {"换一条", "换条线", "换个线", "换个别的", "换别的", "换其他", "换其它", "换另一条", "换另外"};
    /** One character of change right before a route (改北海, 换柳州线). */
    private static final String SWITCH_CHAR = "改换调转挪";

    private VisitSwitchWords() {}

    /** The switching word of the clause, or null. */
    static VisitWords.Word switching(Clause c) {
        VisitWords.Word w = VisitWords.find(c, SWITCH);
        if (w != null) return w;
        // 从北海换过去: the route left after 从, the route joined named elsewhere or asked.
        VisitMovedFrom.Found moved = VisitMovedFrom.of(c);
        if (moved != null) return moved.word();
        w = VisitWords.find(c, SWITCH_UNNAMED);
        if (w != null && !choiceAsked(c.text, w.end())) return w;
        for (Mention.Route r : c.all(Mention.Route.class)) {
            if (r.start() > c.start && SWITCH_CHAR.indexOf(c.text.charAt(r.start() - 1)) >= 0 && !eitherRoute(c, r))
                return new VisitWords.Word(r.start() - 1, r.start());
        }
        VisitWords.Word part = partSwitch(c, null);
        return part != null ? part : partGoing(c);
    }

    /** Words right after a group's figure that pick some of it (那3个里有1个). */
    private static final String[] WITHIN = {"里面", "里头", "当中", "之中", "中间", "里边", "里"};

    /**
     * "湖南柳州那3个里有1个想去北海": a route's group, some of it picked (里有1个), going (去, 想去, 要去) to another route
     * named after: the going word is the switch's.
     */
    private static VisitWords.Word partGoing(Clause c) {
        java.util.List<Mention.Route> routes = c.all(Mention.Route.class);
        if (routes.size() != 2 || routes.get(0).id().equals(routes.get(1).id())) return null;
        Mention.Route to = routes.get(1);
        int go = to.start() - 1;
        if (go <= c.start || c.text.charAt(go) != '去') return null;
        Mention.Count group = null;
        Mention.Count part = null;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < routes.get(0).end() || n.end() > go) continue;
            if (group == null) group = n;
            else if (part == null) part = n;
        }
        if (group == null || part == null || part.value() >= group.value()) return null;
        boolean within = false;
        for (String w : WITHIN) within |= c.text.startsWith(w, group.end());
        return within ? new VisitWords.Word(go, go + 1) : null;
    }

    /** The word of a switch said from the route left (从北海换过去), or null. */
    static VisitWords.Word movedFrom(Clause c) {
        VisitMovedFrom.Found moved = VisitMovedFrom.of(c);
        return moved == null ? null : moved.word();
    }

    /**
     * "北海5个人 改两个去百色", "(原来报北海的4个人，)改两个去百色": a change word, the people who change, then
     * the route they go to, out of a larger group said before in the clause or as the old plan ({@code group}), or out of the
     * route named right before the change word (百色线挪1个到北海线).
     */
    static VisitWords.Word partSwitch(Clause c, Integer group) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() <= c.start || SWITCH_CHAR.indexOf(c.text.charAt(n.start() - 1)) < 0) continue;
            Mention.Route joined = VisitSwitchPart.goesTo(c, n);
            if (joined != null
                    && (VisitSwitchPart.groupBefore(c, n)
                            || group != null && group > n.value()
                            || VisitSwitchPart.leftRight(c, n.start() - 1, joined) != null
                            || group == null && SwitchedAlone.of(c, n, joined)))
                return new VisitWords.Word(n.start() - 1, n.start());
        }
        return null;
    }

    /**
     * "想换一条线，北海还是百色好一点？", "换条线 大家有推荐吗": a switch not decided, put to the group as a
     * question of which route; nothing to record or ask.
     */
    private static boolean choiceAsked(String text, int from) {
        String rest = text.substring(from);
        boolean question = rest.indexOf('？') >= 0 || rest.indexOf('?') >= 0 || rest.contains("吗") || rest.contains("呢");
        for (String w : CHOICE) if (rest.contains(w) && (question || w.startsWith("哪"))) return true;
        return false;
    }

    /** "建议换北海或者柳州": one route or another, a choice offered, not a route joined. */
    private static boolean eitherRoute(Clause c, Mention.Route r) {
        for (String or : new String[] {"或者", "或是", "还是", "或"}) {
            if (!c.text.startsWith(or, r.end())) continue;
            for (Mention.Route o : c.all(Mention.Route.class))
                if (o.start() >= r.end() + or.length() && o.start() <= r.end() + or.length() + 1) return true;
        }
        return false;
    }

    /** Words of a choice asked about (北海还是百色, 哪条好, 有建议吗). */
    private static final String[] CHOICE = {"还是", "哪条", "哪一条", "哪个", "哪边", "建议", "推荐", "意见"};
}
