package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main group of a delegation (大部队, 团, 队, 大家) named beside someone's leaving: one person going with it
 * ("明天能跟队走") joins the delegation's own departure, no movement of its own; people not going with it ("有2个人不跟
 * 大部队走了") leave on their own, and the leaving said next ("…下午走") is theirs, not the group's.
 */
final class MainGroup {
    /** 跟(着)队, 随团, 跟大部队一起, 跟大巴走 (the group's bus): with the main group, then the leaving verb. */
    private static final Pattern WITH = Pattern.compile(
            "(不)?(?:跟|随)着?(?:大部队|大队伍|大队|队伍|团队|大家|大伙|大巴车|大巴|大车|考察车|团|队)(?:一起|一块|一道)?(?:走|回|返回|回去|出发|离开)");

    private MainGroup() {}

    /**
     * "(海南那个发烧的队员好多了) 明天能跟队走": a leaving with the main group, not denied, of no figure above one, with
     * no clock, train, rest or batch of its own, is the group's departure already reported.
     */
    static boolean goesWith(Clause c) {
        // Every match of WITH holds 跟 or 随.
        if (!c.holds("跟") && !c.holds("随")) return false;
        Matcher m = WITH.matcher(c.span());
        if (!m.find() || m.group(1) != null) return false;
        if (c.has(Cue.REST) || c.has(Cue.BATCH)) return false;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.value() > 1) return false;
        return true;
    }

    /** Whether the departure's statement says its people do not go with the main group (不跟大部队走). */
    static boolean apart(Draft d) {
        if (d == null || d.kind != Draft.Kind.DEPARTURE || d.count == null) return false;
        Matcher m = WITH.matcher(d.statement);
        return m.find() && m.group(1) != null;
    }

    /**
     * "(江西有2个人不跟大部队走了 自己开车回) 下午走": after people said to leave apart from the main group, a leaving
     * with no delegation, figure, rest or batch of its own is theirs.
     */
    static boolean theirLeaving(Clause c, Draft last) {
        return apart(last) && c.teams().isEmpty() && Figures.people(c) == null && !c.has(Cue.REST) && !c.has(Cue.BATCH);
    }
}
