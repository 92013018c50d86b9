package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.record.IssueCategory;

/**
 * An ailment told as the reason of a request of another kind is that request's matter, not a health matter beside it:
 * a diet asked of the kitchen ("贵州队有个运动员胃不舒服 今天中饭能不能单独给他煮碗白粥", "有3个娃儿还在拉肚子 医生说喝点粥就行
 * 能不能单独煮点白粥": MEAL, records.md's special diets) or a room kept to rest in ("能不能把一间房留到四点 有个队员不舒服要躺一会":
 * ROOM, a late check-out). Care asked too (叫个医生, 有没有药, 去医院) keeps the health matter; what a doctor already said
 * (医生说喝点粥) asks no care.
 */
final class AilingReasons {
    /** A diet for someone unwell: rice porridge, plain food, a patient's meal. */
    private static final Pattern DIET = Pattern.compile("粥|清淡|病号饭|病号餐|流食|软一点的|软点的");

    /** Care asked for: a doctor, medicine, a hospital, someone to come and look. */
    private static final Pattern CARE_ASKED =
            Pattern.compile("(叫|找|请|派|安排|联系)[个位一下]*(医生|大夫|队医|医务)|有没有药|开点药|拿点药|买点药|去医院|送医院|看看|看一下|看下");

    /** What a doctor said already (医生说喝点粥就行): care given, not asked. */
    private static final Pattern SAID_BY_CARE = Pattern.compile("(医生|大夫|队医|医院)(说|讲)[^，。！？ ]*");

    private AilingReasons() {}

    /** Rest that a room is kept for: 躺一会, 休息一下. */
    private static final Pattern REST = Pattern.compile("(躺|休息|歇|睡)(一会|一下|会儿|一阵)");

    static void apply(List<Clause> clauses, Drafts drafts, String original) {
        if (!drafts.hasIssue(IssueCategory.HEALTH)) return;
        if (CARE_ASKED.matcher(SAID_BY_CARE.matcher(original).replaceAll("")).find()) return;
        // 能不能把一间房留到四点 有个队员不舒服要躺一会: the room is the matter.
        if (drafts.hasIssue(IssueCategory.ROOM) && restsIll(clauses)) {
            drafts.dropIssue(IssueCategory.HEALTH);
            return;
        }
        if (!dietAsked(clauses)) return;
        if (drafts.hasIssue(IssueCategory.MEAL)) {
            drafts.dropIssue(IssueCategory.HEALTH);
            return;
        }
        for (Draft d : drafts.list())
            if (d.kind == Draft.Kind.ISSUE && d.category == IssueCategory.HEALTH) d.category = IssueCategory.MEAL;
    }

    /** Every clause that says someone ill says they rest. */
    private static boolean restsIll(List<Clause> clauses) {
        boolean rests = false;
        for (Clause c : clauses) {
            if (!c.has(Cue.HEALTH) && !c.has(Cue.ILL)) continue;
            if (!REST.matcher(c.span()).find()) return false;
            rests = true;
        }
        return rests;
    }

    /** A clause that asks (能不能, 麻烦, 行吗) for a diet. */
    private static boolean dietAsked(List<Clause> clauses) {
        for (Clause c : clauses)
            if ((c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.question)
                    && DIET.matcher(c.span()).find()) return true;
        return false;
    }
}
