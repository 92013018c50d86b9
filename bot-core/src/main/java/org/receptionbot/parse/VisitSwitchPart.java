package org.receptionbot.parse;

/**
 * "原来报北海的4个人 改两个去百色": the figure said right after the switching word, then the route joined,
 * is the part of the group said before that switches.
 */
final class VisitSwitchPart {
    private VisitSwitchPart() {}

    /** The part that switches, or null when the clause does not say it so. */
    static Integer of(Clause c, VisitWords.Word switching, Mention.Route to) {
        if (to == null) return null;
        Mention.Count group = null;
        Mention.Count part = null;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.end() <= switching.at()) group = n;
            else if (part == null && n.start() >= switching.end()) part = n;
        }
        if (part == null) return null;
        Mention.Route joined = goesTo(c, part);
        boolean fromRoute = group == null && joined != null && leftRight(c, switching.at(), joined) != null;
        // 改两个去柳州: no group said, the part switching alone
        boolean alone = group == null && joined != null && SwitchedAlone.of(c, part, joined);
        if (!fromRoute && !alone && (group == null || part.value() >= group.value())) return null;
        if (!c.text.substring(switching.end(), part.start()).isBlank()) return null;
        return joined != null && joined.start() == to.start() ? part.value() : null;
    }

    /**
     * "百色线挪1个到北海线", "从北海调两个人去柳州": the route the people leave, named right before the change word (its
     * 线, 组, 那边 between at most) and other than the route {@code joined}; or null.
     */
    static Mention.Route leftRight(Clause c, int change, Mention.Route joined) {
        Mention.Route left = null;
        for (Mention.Route r : c.all(Mention.Route.class)) if (r.end() <= change) left = r;
        if (left == null || left.id().equals(joined.id())) return null;
        String between = c.text.substring(left.end(), change);
        for (String w : LEFT_TAIL) if (between.equals(w)) return left;
        return null;
    }

    /** What may stand between the route left and the change word (百色线挪, 北海那边调). */
    private static final String[] LEFT_TAIL = {"", "线", "组", "那边", "线那边", "这边", "线这边", "的", "线的"};

    /**
     * "之前说可能去不了的那位 确定不去百色了": a doubt said of the person before (…的那位), then settled
     * with 确定, leaves the statement sure.
     */
    static boolean settled(Clause c) {
        int doubt = c.at(Cue.UNSURE);
        int who = c.text.indexOf("的那", doubt);
        if (doubt < c.start || who < 0 || who >= c.end) return false;
        int sure = c.text.indexOf("确定", who);
        return sure > who && sure < c.end && "不没未".indexOf(c.text.charAt(sure - 1)) < 0;
    }

    /** "北海5个人 调两个人去百色": a larger group said before the part, in the same clause. */
    static boolean groupBefore(Clause c, Mention.Count part) {
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.end() < part.start() && n.value() > part.value()) return true;
        return false;
    }

    /** The route the people of {@code n} go to, said right after them (两个去百色, 2人到柳州线); or null. */
    static Mention.Route goesTo(Clause c, Mention.Count n) {
        for (Mention.Route r : c.all(Mention.Route.class)) {
            if (r.start() < n.end()) continue;
            String between = c.text.substring(n.end(), r.start());
            if (between.length() > 3 || (between.indexOf('去') < 0 && between.indexOf('到') < 0)) return null;
            for (int i = 0; i < between.length(); i++) if (GOING.indexOf(between.charAt(i)) < 0) return null;
            return r;
        }
        return null;
    }

    private static final String GOING = "人位个去到 ";
}
