package org.receptionbot.parse;

import java.util.List;

/**
 * People at a place of care who are no patient to act on: visitors ("有4个去县医院看望受伤的队友"), companions
 * ("两个在医院陪床", "有3个在医院陪昨天比赛受伤的队员"), a routine visit with no illness said in the message
 * ("他们俩去医院看牙了", "有4个去县医院拍片子"), and, beside a figure the message reports, people said to be in care
 * with no illness named ("贵州今晚50人改45 有5个在医院", "两个在医务室躺着", "住院那个不算"): why the figure is what
 * it is, unless a treatment is said (两个娃在卫生院输液). What is asked (需要人陪护, 能不能派车), an illness said anywhere in the message (有个队员崴脚了 要去医院拍片),
 * or a companion of someone hurt now ("还有5个去医院陪那个扭伤的队员") still reports the problem.
 */
final class CareReasons {
    private static final String[] VISITS = {"看望", "探望"};
    private static final String[] COMPANIONS = {"陪护", "陪床", "陪"};
    /** A visit of routine care: the teeth seen to, an x-ray taken. */
    private static final String[] ROUTINE = {"看牙", "拔牙", "补牙", "洗牙", "拍片", "拍个片", "拍CT"};
    /** In care already (not taken there now): 在医院, 在医务室, 住院那个. */
    private static final String[] IN_CARE = {"在医院", "在县医院", "在州医院", "在医务室", "在卫生院", "住院那"};
    /** Treatment going on now (两个娃在卫生院输液): people under it are patients. */
    private static final String[] TREATED = {"输液", "挂水", "打点滴", "吊水", "抢救", "手术", "缝针"};
    /** A day before today: the patient was reported then. */
    private static final String[] BEFORE = {"昨天", "前天", "昨晚", "之前"};

    private CareReasons() {}

    /**
     * Whether {@code c} says only people at care who are no new patient.
     *
     * @param figures the message reports a meal's or a route's figure (also as a part of the day with one)
     * @param clauses every clause of the message, for an illness said elsewhere in it
     */
    static boolean only(Clause c, boolean figures, List<Clause> clauses) {
        if (c.question || asked(clauses)) return false;
        String s = c.span();
        int visit = visit(s);
        // 看望昨天受伤那个队员: the illness is of whom they visit.
        if (visit >= 0 && !illBefore(c, visit) && !illElsewhere(c, clauses)) return true;
        int with = first(s, COMPANIONS);
        if (with >= 0 && !illElsewhere(c, clauses)) {
            // 两个在医院陪床: nobody ill said; 陪昨天比赛受伤的队员: the patient reported before.
            if (!ill(c)) return true;
            if (!illBefore(c, with) && first(s.substring(with), BEFORE) >= 0) return true;
            return false;
        }
        if (ill(c) || illElsewhere(c, clauses)) return false;
        if (first(s, ROUTINE) >= 0) return true;
        return figures && first(s, IN_CARE) >= 0 && first(s, TREATED) < 0;
    }

    /** Something asked anywhere in the message (…要去医院拍片子 麻烦派个车): the care is a matter to act on. */
    private static boolean asked(List<Clause> clauses) {
        for (Clause o : clauses) if (o.has(Cue.NEED) || o.has(Cue.REQUEST)) return true;
        return false;
    }

    private static boolean ill(Clause c) {
        return c.has(Cue.HEALTH) || c.has(Cue.ILL);
    }

    /** An illness said before offset {@code at} of the clause's words. */
    private static boolean illBefore(Clause c, int at) {
        int health = c.at(Cue.HEALTH);
        int sick = c.at(Cue.ILL);
        return health >= 0 && health - c.start < at || sick >= 0 && sick - c.start < at;
    }

    private static boolean illElsewhere(Clause c, List<Clause> clauses) {
        for (Clause o : clauses) if (o != c && o.start != c.start && ill(o)) return true;
        return false;
    }

    /**
     * Where a visit is said: 看望, 探望, or 看 with the person seen after it (去医院看受伤的队友, 看看他们, 看一下那个崴脚的); never
     * 看 of care taken (看病, 看医生, 看急诊, 看一下) or of a person's own complaint (看一下他的脚).
     */
    private static int visit(String s) {
        int said = first(s, VISITS);
        java.util.regex.Matcher m = SEEN.matcher(s);
        return m.find() && (said < 0 || m.start() < said) ? m.start() : said;
    }

    /** 看 (看看, 看一下) and the person seen: someone described (受伤的队友), a teammate, or him, her, them. */
    private static final java.util.regex.Pattern SEEN = java.util.regex.Pattern.compile(
            "看(?:看|一下|下)?(?:[^，,。！!？?\\s看]{0,6}的)?(?:队友|队员|同事|同志|孩子|小孩|运动员|教练|领导|病号|伤员|他们|她们|他|她)(?!们?的)");

    private static int first(String s, String[] words) {
        int best = -1;
        for (String w : words) {
            int at = s.indexOf(w);
            if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }
}
