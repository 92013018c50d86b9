package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.record.IssueCategory;

/** Whether a clause reports a problem or asks someone to act, and of which kind: one ISSUE per kind. */
final class IssueRules {
    private final Reading reading;

    IssueRules(Reading reading) {
        this.reading = reading;
    }

    /** Places the clause's issue, if it reports one; whether it did (a problem of the past still counts). */
    boolean place(Clause c, boolean mealStatement, Drafts drafts) {
        IssueCategory category = c.has(Cue.RESOLVED) ? null : category(c, mealStatement);
        if (category == null && !c.has(Cue.RESOLVED) && waitsForVehicle(c)) category = IssueCategory.VEHICLE;
        // 退房能不能延到下午2点？: a later check-out asked for is a room request.
        boolean checkOut = (c.question || c.has(Cue.REQUEST)) && lateCheckOut(c);
        if (category == null && checkOut) category = IssueCategory.ROOM;
        if (category == null) return false;
        // 上吐下泻，怀疑吃坏了，需要医生: food that made people ill is the cause of the health problem.
        boolean asksToFix = c.has(Cue.REQUEST) || c.has(Cue.NEED);
        if (category == IssueCategory.MEAL && drafts.hasIssue(IssueCategory.HEALTH) && !asksToFix) return true;
        // 7个人刚到九院宾馆 房间麻烦安排一下: a request beside an arrival as it happens is part of the report.
        Draft.Kind move = MovementRules.kind(c);
        if (onlyAsks(c) && move == Draft.Kind.ARRIVAL && MovedNow.test(c, move, reading.today())) return false;
        // 师傅人很好，帮我们搬了行李，点赞: help praised is no request.
        if (praises(reading.original()) && onlyAsks(c)) return false;
        if (over(c, category) || drafts.size() > 0 && onlyAsks(c) && !checkOut) return true;
        // A broken fitting that smells is one ROOM problem, not a HYGIENE one besides.
        if (category == IssueCategory.HYGIENE && drafts.hasIssue(IssueCategory.ROOM)) return true;
        if (category == IssueCategory.ROOM) drafts.dropIssue(IssueCategory.HYGIENE);
        Draft d = drafts.issue(category, reading.original());
        List<String> t = c.teams();
        if (d.team == null && !t.isEmpty()) d.team = t.get(0);
        return true;
    }

    /** "昨天摔了一跤，现在已经好了": the last word (thanks to the doctor after it reopen nothing) on the problems of a message says they are settled. */
    static boolean settled(List<Clause> clauses) {
        boolean settled = false;
        for (Clause c : clauses) {
            if (c.has(Cue.SETTLED)) settled = true;
            else if (category(c, false) != null && !c.has(Cue.TALK)) settled = false;
        }
        return settled;
    }

    /**
     * A service that failed on an earlier day (昨天车晚点了) is over, unless the clause says it still is
     * (现在还, 一直); an illness, a room or a lost item of yesterday still needs someone.
     */
    private boolean over(Clause c, IssueCategory category) {
        if (category != IssueCategory.VEHICLE && category != IssueCategory.MEAL) return false;
        if (c.has(Cue.ONGOING)) return false;
        for (Mention.Day d : c.all(Mention.Day.class)) if (d.date().isBefore(reading.today())) return true;
        return false;
    }

    /**
     * "5号车停哪了？", "2号车的师傅在哪？湖北的队员在门口等车": a vehicle asked after by a liaison, or by
     * anyone while people wait for it, cannot be found; a coordinator asking where a bus is asks only.
     */
    private boolean waitsForVehicle(Clause c) {
        boolean vehicle =
                c.has(Cue.TOPIC_VEHICLE) || !c.all(Mention.Vehicle.class).isEmpty();
        if (!vehicle || c.has(Cue.UNDECIDED) || !asksWhere(c)) return false;
        if (reading.sender() != null) return true;
        for (String w : WAITING) if (reading.original().contains(w)) return true;
        return false;
    }

    private static final String[] WAITING = {"等车", "等着", "在等", "等了", "没看到", "没看见", "找不到"};

    /** The clause ends by asking where (在哪, 停哪了, 在哪里呢), not where to do something (在哪上车). */
    private static boolean asksWhere(Clause c) {
        int i = c.end;
        while (i > c.start && "了呢啊呀嘛 ？?".indexOf(c.text.charAt(i - 1)) >= 0) i--;
        if (i > c.start && "儿里".indexOf(c.text.charAt(i - 1)) >= 0) i--;
        return i > c.start && c.text.charAt(i - 1) == '哪';
    }

    private static final String[] CLEANING = {"保洁", "打扫", "清扫", "扫一下", "收拾一下", "清理一下", "拖一下地"};
    private static final String[] KITCHEN = {"厨房", "后厨", "伙房", "厨师", "大厨"};
    private static final String[] HELPERS = {"志愿者", "翻译", "向导", "讲解员", "工作人员"};

    /** Whether the clause holds one of the words. */
    private static boolean any(Clause c, String[] words) {
        for (String w : words) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at + w.length() <= c.end) return true;
        }
        return false;
    }

    private static boolean lateCheckOut(Clause c) {
        int at = c.text.indexOf("退房", c.start);
        if (at < 0 || at >= c.end) return false;
        String after = c.text.substring(at + 2, c.end);
        return after.contains("延") || after.contains("推迟") || after.contains("晚");
    }

    private static final String[] PRAISE = {"点赞", "表扬", "好评", "称赞", "夸一下", "夸夸", "人很好", "太好了", "给力"};

    private static boolean praises(String message) {
        for (String w : PRAISE) if (message.contains(w)) return true;
        return false;
    }

    /** 麻烦各酒店前台帮忙留意: after a problem, a bare request asks for help with that problem. */
    private static boolean onlyAsks(Clause c) {
        return (c.has(Cue.REQUEST) || c.has(Cue.NEED))
                && !c.has(Cue.PROBLEM)
                && !c.has(Cue.OTHER_PROBLEM)
                && !c.has(Cue.HEALTH)
                && !c.has(Cue.HYGIENE)
                && !c.has(Cue.MEAL_PROBLEM);
    }

    /**
     * The category of the problem the clause reports, or null. Words that are a problem by themselves
     * (发烧, 气味, 只剩面条) decide; otherwise a problem word (坏了, 找不到, 能不能) needs a topic
     * (a vehicle, a room, a meal). A meal figure with 需要 is a meal statement, not a request. A question
     * is an issue only when it asks someone to act (能不能, 麻烦). Paperwork (发票) and lost belongings
     * (身份证丢了) are OTHER wherever they happen. The room itself or one of its fittings (房间没热水)
     * decides over a vehicle named beside it, which only names the group (3号车房间…).
     */
    static IssueCategory category(Clause c, boolean mealStatement) {
        // 走丢了…谁看到说一声: someone lost or unreachable is a problem even when asked about.
        // 刚才手机关机了: someone unreachable a while ago, and no more, is no problem now.
        boolean unreachable =
                c.has(Cue.UNREACHABLE) && !(c.text.substring(c.start, c.end).contains("刚才") && !c.has(Cue.ONGOING));
        boolean lostPerson = c.has(Cue.LOST_WAY) || unreachable;
        boolean asks = c.has(Cue.REQUEST) || c.has(Cue.MISSING) || c.has(Cue.PROVIDE);
        // 有个小伙子发烧了 有没有值班医生: someone ill is a problem even when asked about.
        boolean ill = c.has(Cue.ILL) && !c.has(Cue.SETTLED);
        if (c.question && !asks && !lostPerson && !ill || c.has(Cue.UNDECIDED)) return null;
        // 早餐晚点再报: a report put off asks nobody to act.
        if (c.has(Cue.DEFER)) return null;
        if (c.has(Cue.HEALTH)) return IssueCategory.HEALTH;
        if (c.has(Cue.LOST_WAY)) {
            boolean vehicle =
                    c.has(Cue.TOPIC_VEHICLE) || !c.all(Mention.Vehicle.class).isEmpty();
            return vehicle ? IssueCategory.VEHICLE : IssueCategory.OTHER;
        }
        if (c.has(Cue.BROKEN) && c.has(Cue.TOPIC_ROOM)) return IssueCategory.ROOM;
        if (c.has(Cue.HYGIENE)) return IssueCategory.HYGIENE;
        boolean asking = c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.text.startsWith("请", c.start);
        // 麻烦保洁来一下, 请派人打扫: cleaning asked for is a hygiene matter.
        if (asking && any(c, CLEANING)) return IssueCategory.HYGIENE;
        // 早餐取消了 吃不上: the reason for a cancelled meal is no meal problem.
        if (c.has(Cue.MEAL_PROBLEM) && !(mealStatement && c.has(Cue.CANCEL))) return IssueCategory.MEAL;
        boolean problem = c.has(Cue.PROBLEM) || c.has(Cue.REQUEST) || c.has(Cue.NEED) || unreachable;
        boolean lost = c.has(Cue.OTHER_PROBLEM);
        if ((problem || lost) && (c.has(Cue.TOPIC_ADMIN) || lost && c.has(Cue.TOPIC_OTHER))) {
            return IssueCategory.OTHER;
        }
        if (problem) {
            if (c.has(Cue.ROOM_ITSELF)) return IssueCategory.ROOM;
            // 跟厨房说下少放点盐: the kitchen is the meal's, not a room.
            if (any(c, KITCHEN) && !mealStatement) return IssueCategory.MEAL;
            if (c.has(Cue.TOPIC_VEHICLE) || !c.all(Mention.Vehicle.class).isEmpty()) return IssueCategory.VEHICLE;
            if (c.has(Cue.TOPIC_ROOM)) return IssueCategory.ROOM;
            if (c.has(Cue.TOPIC_MEAL) && !mealStatement) return IssueCategory.MEAL;
            if (c.has(Cue.TOPIC_OTHER)) return IssueCategory.OTHER;
        }
        // 需要一个会说维吾尔语的志愿者帮忙翻译: a helper asked for.
        if (asking && any(c, HELPERS)) return IssueCategory.OTHER;
        // 能不能借两个轮椅, 能提供几把椅子吗: supplies asked for, outside a meal statement.
        boolean supplies = c.has(Cue.PROVIDE) && (problem || c.question) && !c.has(Cue.TOPIC_MEAL) && !mealStatement;
        if (supplies) return IssueCategory.OTHER;
        if (c.has(Cue.OTHER_PROBLEM) || unreachable) return IssueCategory.OTHER;
        return null;
    }
}
