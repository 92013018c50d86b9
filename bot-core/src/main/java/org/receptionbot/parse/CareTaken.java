package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.record.IssueCategory;

/**
 * "有5个人去医院了", "晚上少两个 去医院看病了", "3个队员在诊所挂水": several of the sender's own people taken to a
 * doctor are a health matter (ISSUE HEALTH) beside whatever the message says of meals, which they explain. People
 * with someone (陪护, 陪床), at a check-up (复查, 体检, 换药), visiting (看望, 看那个崴脚的), coming back or well again (回来, 没事, 好了),
 * a patient known before (还在医院; beside a figure, people pointed back at: 中午说的那俩), one person alone, or "两个在医院" with no treatment said are reasons only,
 * unless an illness is named for someone under treatment now ({@link CarePatients}: "2个陪发烧的队员在医院输液").
 */
final class CareTaken {
    /** Going to a place of care: the place after one of these within a few characters. */
    private static final String[] PLACES = {"医院", "诊所", "卫生院", "急诊"};

    private static final String GOING = "去送到进赴上";
    /** Treatment said outright, wherever they are. */
    private static final String[] TREATED = {"看病", "看医生", "挂水", "输液", "打点滴", "吊水", "住院", "挂急诊"};

    private static final String[] REASON_ONLY = {
        "陪", "复查", "复诊", "复检", "体检", "检查", "换药", "看望", "探望", "回来", "归队", "回队", "没事", "好了", "好多了", "出院", "还在", "接", "拿药",
        "开药", "看牙", "拔牙", "补牙"
    };

    /** Going to see someone (看那个崴脚的, 看看他, 看病号): a visit, not care of their own. */
    private static final java.util.regex.Pattern VISITING =
            java.util.regex.Pattern.compile("看(?:看|一下|望)?(?:那个|那位|那两个|那几个|他们|她们|他|她|病号|伤员)");

    private CareTaken() {}

    /** Adds the health issue when a liaison's clause says several of their people taken to care; none is there yet. */
    static void apply(List<Clause> clauses, Reading reading, Drafts drafts) {
        String sender = reading.sender();
        if (sender == null || drafts.hasIssue(IssueCategory.HEALTH) || !mayCare(reading.original())) return;
        boolean figures = false;
        for (Clause c : clauses)
            figures |= FiguresNamed.namesFigures(c, reading.lexicon()) || FiguresNamed.partFigure(c, reading.lexicon());
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (c.question || !own(c, sender)) continue;
            // 有3个在医院陪前天受伤的队员, 住院那个不算: people at care who are no new patient.
            if (CareReasons.only(c, figures, clauses)) continue;
            // 晚饭少两个 就是中午说的去医院的那俩: people reported before, beside a figure, are why it is what it is.
            if (figures && HealthMatters.pointedBack(c) && !CarePatients.treated(c.span())) continue;
            // 还有2个陪发烧的队员在医院输液: someone ill under treatment, whoever is with them.
            if (CarePatients.treated(c.span())) {
                drafts.issue(IssueCategory.HEALTH, reading.original());
                return;
            }
            if (!taken(c.span())) continue;
            // 5个人去医院 晚饭前回来: back within the day, said next, is an errand (晚上的等他们回来再报 puts a report off).
            Clause next = i + 1 < clauses.size() ? clauses.get(i + 1) : null;
            if (next != null && next.span().contains("回来") && !next.has(Cue.DEFER)) continue;
            int people = people(c);
            if (people < 0 && i > 0) people = people(clauses.get(i - 1));
            if (people >= 2) {
                drafts.issue(IssueCategory.HEALTH, reading.original());
                return;
            }
        }
    }

    /** Visits of routine care: a check-up is no problem to act on. */
    private static final String[] ROUTINE = {"复查", "复诊", "复检", "体检", "检查"};

    /**
     * "晚上28 两个去医院复查": a check-up with no illness or injury said in the clause is routine, nobody's to act on
     * (what is needed for it, 需要, or asked, 麻烦, still is).
     */
    static boolean routine(Clause c) {
        if (c.has(Cue.HEALTH) || c.has(Cue.ILL)) return false;
        String s = c.span();
        for (String w : ROUTINE) if (s.contains(w)) return true;
        return false;
    }

    /** Words before the care that say it goes on from before (还在输液, 仍在医院). */
    private static final String[] STILL = {"还在", "仍在", "一直在", "还得在"};

    /**
     * "有一个还在输液", "有两个还在医院": someone still under care, with no illness said anew, nothing asked and no one
     * pointed back to (那两个还在医院 is news on a matter reported before): beside a meal's figure, why the figure is
     * what it is.
     */
    static boolean stillUnder(Clause c) {
        if (!c.has(Cue.CARE) || c.has(Cue.HEALTH) || c.has(Cue.ILL) || c.has(Cue.NEED) || c.has(Cue.REQUEST))
            return false;
        // 那两个还在医院输液: the patients pointed back to are news on the matter reported before (a follow-up).
        if (c.question || c.span().indexOf('那') >= 0 || c.span().indexOf('这') >= 0) return false;
        int at = c.at(Cue.CARE);
        for (String w : STILL) if (at - w.length() >= c.start && c.text.startsWith(w, at - w.length())) return true;
        return false;
    }

    private static boolean mayCare(String text) {
        return text.indexOf('医') >= 0
                || text.indexOf('诊') >= 0
                || text.indexOf('病') >= 0
                || text.indexOf('水') >= 0
                || text.indexOf('滴') >= 0
                || text.indexOf('院') >= 0;
    }

    /** Whether the words say people taken to care now, with nothing that makes it a reason only. */
    static boolean taken(String s) {
        for (String w : REASON_ONLY) if (s.contains(w)) return false;
        if (VISITING.matcher(s).find()) return false;
        for (String w : TREATED) if (s.contains(w)) return true;
        for (String place : PLACES) {
            for (int at = s.indexOf(place); at >= 0; at = s.indexOf(place, at + 1)) {
                for (int k = Math.max(0, at - 3); k < at; k++) if (GOING.indexOf(s.charAt(k)) >= 0) return true;
            }
        }
        return false;
    }

    private static boolean own(Clause c, String sender) {
        for (String t : c.teams()) if (!t.equals(sender)) return false;
        return true;
    }

    /** The people the clause counts (its largest figure of people), several when it says 几个; -1 when none. */
    private static int people(Clause c) {
        int most = -1;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.value() < 100) most = Math.max(most, n.value());
        if (most < 0
                && (c.span().contains("几个")
                        || c.span().contains("几位")
                        || c.span().contains("好几"))) return 2;
        return most;
    }
}
