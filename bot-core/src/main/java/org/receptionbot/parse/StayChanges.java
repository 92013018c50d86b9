package org.receptionbot.parse;

import org.receptionbot.record.IssueCategory;

/**
 * The stay's changes as a message's clauses are placed, one {@link IssueRules} each: a check-out said in
 * one clause makes a later time asked in the next a late check-out (明天本来十二点退房 能不能延到下午两点), and a
 * room problem just placed stays beside the delegation's own movement ({@link #besideMovement}).
 */
final class StayChanges {
    /** The last clause placed gave a room problem, which a movement beside it does not replace. */
    private boolean stay;
    /** The clause before named the check-out: a later time asked for after it is a late check-out. */
    private boolean checkOutSaid;
    /** The clause just placed asked for a later check-out. */
    private boolean checkOutAsked;

    /** A clause is being placed: no room problem of it yet. */
    void clear() {
        stay = false;
    }

    /** The issue placed for the clause: a room problem is the stay's. */
    void placed(IssueCategory category) {
        stay = category == IssueCategory.ROOM;
    }

    /**
     * Whether the clause asks for a later check-out (a room request); remembers whether it names the check-out
     * for the clause after it.
     */
    boolean checkOut(Clause c) {
        // 退房能不能延到下午2点？: a later check-out asked for is a room request.
        // 明天本来十二点退房 能不能延到下午两点: the check-out said just before.
        boolean checkOut =
                (c.question || c.has(Cue.REQUEST)) && (IssueAsks.lateCheckOut(c) || checkOutSaid && IssueAsks.later(c));
        // 退房时间已经和酒店协调好了 延后到明天中午1点: a later check-out already arranged is no request.
        checkOutSaid = IssueMatters.has(c, "退房") && !c.has(Cue.RESOLVED);
        checkOutAsked = checkOut;
        return checkOut;
    }

    /**
     * "能不能延迟退房到下午三点 我们的车是晚上的", "能不能延到4点 … 行李太多没地方放": with a later check-out asked, a
     * train or bus and the luggage said in the same statement are why; the request is the room's. A vehicle of the
     * event named, a fault, or a thing lost keeps its own kind.
     */
    static IssueCategory asked(IssueCategory category, Clause c) {
        boolean reason = category == IssueCategory.VEHICLE
                        && !c.has(Cue.BROKEN)
                        && c.all(Mention.Vehicle.class).isEmpty()
                || category == IssueCategory.OTHER && !c.has(Cue.OTHER_PROBLEM);
        return reason ? IssueCategory.ROOM : category;
    }

    private static final String[] ASKING = {"能不能", "能否", "可否", "可不可以", "可以吗", "行吗", "行不行", "麻烦"};

    /**
     * "能不能再晚点退 到3点": the later check-out is asked outright, not thanked for as done (谢谢前台帮我们延迟退房).
     */
    static boolean askedOutright(Clause c) {
        return c.question || c.holdsAny(ASKING);
    }

    /**
     * "兵团的房间能不能续住一天 我们改到28号走了", "6人已到 房卡还没拿到": whether the clause just placed
     * gave a room problem beside the delegation's own movement, which is read as well.
     */
    boolean besideMovement(Clause c) {
        String words = c.span();
        boolean people = !c.teams().isEmpty() || !c.all(Mention.Count.class).isEmpty() || words.contains("我们");
        // 走的那18个人退房…: people named by their movement make no movement; a day or an arrival just made does.
        boolean said = !c.all(Mention.Day.class).isEmpty()
                || words.contains("已到")
                || words.contains("刚到")
                || words.contains("到了");
        // 星期四能不能晚点退房: the check-out asked to be later is the stay, no movement.
        boolean byCheckOut = checkOutAsked && IssueMatters.has(c, "退房") && c.text.startsWith("退房", c.at(Cue.DEPART));
        // 航空公司给改到明天下午3点 还是GS7573 那我们今晚还得住一晚: a train or flight named is the movement.
        boolean moves =
                MovementRules.kind(c) != null || !c.all(Mention.Transport.class).isEmpty();
        return stay && people && said && !byCheckOut && moves;
    }
}
