package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.record.IssueCategory;

/**
 * Issues said as part of a report, not as matters to act on: an illness saying who a meal or movement
 * report is about (就是发烧那个), a diet's tally passed on, a meal matter beside an illness or a meal added,
 * a service that failed on an earlier day. {@link IssueRules} places no issue for them.
 */
final class IssueAsides {
    /** Special diets, whose tally (清真餐3位, 素食2人) tells the site how many keep them. */
    private static final String[] DIETS = {"清真", "素食", "素餐", "吃素", "忌口", "少数民族餐"};

    private IssueAsides() {}

    /**
     * "中午少一个人 就是发烧那个", "那个崴脚的队员…就他一个人走": beside a meal or movement report, the
     * illness says who the report is about, and nobody is asked to act.
     */
    static boolean healthSaysWho(Clause c, IssueCategory category, boolean mealStatement, Drafts drafts) {
        if (category != IssueCategory.HEALTH || !IssuePeople.namesWho(c)) return false;
        // 骨折那个队员还在医院: the care named as where that person is, not asked for.
        if (c.has(Cue.NEED) || c.has(Cue.REQUEST) || c.has(Cue.CARE) && !careIsWhere(c)) return false;
        // 4号车实到30 有个晕车的换到5号车了: the head count said in the same statement.
        return drafts.size() > 0 || mealStatement || MovementRules.kind(c) != null || c.has(Cue.HEADCOUNT);
    }

    /**
     * A meal matter that asks nothing of anyone and is part of the report: a diet's tally passed on by a
     * coordinator ({@code fromSite}) naming no delegation, a meal matter beside an illness placed, people not
     * fed yet beside a meal added.
     */
    static boolean mealAside(
            Clause c,
            IssueCategory category,
            Drafts drafts,
            boolean asksToFix,
            boolean fromSite,
            List<Clause> clauses) {
        if (category != IssueCategory.MEAL || asksToFix) return false;
        // @陈科长 北海线名单已经发您邮箱了，清真餐3位: a coordinator passing on how many keep a diet, naming no
        // delegation and asking no one, tells the site; nothing to act on here.
        if (fromSite && dietTally(c) && MessageFacts.noTeam(clauses)) return true;
        if (drafts.hasIssue(IssueCategory.HEALTH)) return true;
        // 中午加两个 司机还没吃: people not fed yet are why the meal grows, no meal problem.
        boolean added = drafts.last() != null && drafts.last().kind == Draft.Kind.MEAL_ADD;
        return added && !c.has(Cue.MEAL_PROBLEM);
    }

    /**
     * A service that failed on an earlier day (昨天车晚点了) is over, unless the clause says it still is
     * (现在还, 一直); an illness, a room or a lost item of yesterday still needs someone.
     */
    static boolean over(Clause c, IssueCategory category, LocalDate today) {
        if (category != IssueCategory.VEHICLE && category != IssueCategory.MEAL) return false;
        // 能不能多准备一些 昨天不够: yesterday's shortfall with a request for the next time is not over.
        if (c.has(Cue.ONGOING) || c.has(Cue.REQUEST)) return false;
        for (Mention.Day d : c.all(Mention.Day.class)) if (d.date().isBefore(today)) return true;
        return false;
    }

    /** 清真餐3位, 素食2人: a diet with the figure of people who keep it. */
    private static boolean dietTally(Clause c) {
        if (!IssueMatters.has(c, DIETS)) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit()) return true;
        return false;
    }

    /** "还在医院", "在医务室": the care word is a place someone is at. */
    private static boolean careIsWhere(Clause c) {
        int at = c.at(Cue.CARE);
        return at > c.start && c.text.charAt(at - 1) == '在';
    }
}
