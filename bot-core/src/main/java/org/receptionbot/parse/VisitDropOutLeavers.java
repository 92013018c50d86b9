package org.receptionbot.parse;

import java.util.List;

/**
 * What is said right after a drop-out from a route about the people who dropped out: why ("要回厅里处理点事",
 * no movement to record), or that they leave the event ("要回兰州", "明天下午直接飞海口", "他下午先回厦门"),
 * the movement taking the drop-out's figure.
 */
final class VisitDropOutLeavers {
    private VisitDropOutLeavers() {}

    /** Words that keep the whole delegation the one dropping out. */
    private static final String[] WHOLE = {"全团", "全体", "全部", "都", "我们厅", "整个", "大家"};

    /**
     * "有1个下午的飞机…MU5246 下午4点05分 考察去不了", "湖南有2个人下午3点的G530先走 考察不去了": a drop-out with no
     * figure or people of its own, said right after part of the delegation leaving, is of the leavers; it takes
     * their figure.
     */
    static void leaversDropOut(Clause c, Draft prior, Draft visit) {
        if (visit == null || prior == null || visit == prior) return;
        if (visit.kind != Draft.Kind.VISIT_CHANGE || visit.to != null || visit.count != null) return;
        if (prior.kind != Draft.Kind.DEPARTURE || prior.count == null) return;
        if (!java.util.Objects.equals(prior.team, visit.team)
                || !c.all(Mention.Count.class).isEmpty()) return;
        String words = c.span();
        for (String w : WHOLE) if (words.contains(w)) return;
        visit.count = prior.count;
    }

    /**
     * A movement said right after a drop-out with no day, time, flight, figure or delegation of its
     * own (要回厅里处理点事) is the reason for it, no movement to record; "他下午先回厦门" is one, and so is one said for
     * when the meeting is over (开完会就回). The people
     * who dropped out said again ("有个同志临时被叫回去开会了", "有两个同志被单位叫回去了") are no figure of its own.
     */
    static boolean reason(Clause c, Drafts drafts) {
        Draft d = drafts.last();
        if (d == null || d.kind != Draft.Kind.VISIT_CHANGE || d.to != null || MovementRules.kind(c) == null)
            return false;
        for (Mention m : c.mentions) if (!(m instanceof Mention.Vague) && !samePeople(m, d)) return false;
        return !goesHome(c) && !afterMeeting(c);
    }

    /** When the meeting is over: the time a leaving is said at (开完会就回, 会后就走), so no mere reason. */
    private static final String[] MEETING_OVER = {"开完会", "会开完", "会后", "会议结束", "散会"};

    private static boolean afterMeeting(Clause c) {
        String words = c.span();
        for (String w : MEETING_OVER) if (words.contains(w)) return true;
        return false;
    }

    private static boolean samePeople(Mention m, Draft dropOut) {
        return m instanceof Mention.Count n && dropOut.count != null && n.value() == dropOut.count;
    }

    /** Places near at hand after 回: going there leaves no event (回单位, 回房间, 回厅里). */
    private static final String[] NEAR_AT_HAND = {
        "单位", "厅", "房", "酒店", "宾馆", "山庄", "驻地", "会", "住", "家", "去", "来", "头", "复"
    };

    /**
     * "(有两个不去百色了) 要回兰州": going back to a city, said last in the clause, is leaving the event, a
     * departure of the people who dropped out, no mere reason.
     */
    static boolean goesHome(Clause c) {
        int back = c.text.lastIndexOf('回', c.end - 1);
        if (back < c.start) return false;
        int end = placeEnd(c, back);
        // 开完会要赶回去: hurrying back, with no place said, is going home all the same.
        if (end == back + 2 && c.text.charAt(back + 1) == '去' && back > c.start && c.text.charAt(back - 1) == '赶')
            return true;
        int len = end - back - 1;
        if (len < 2 || len > 3) return false;
        for (int i = back + 1; i < end; i++) if (!Normalizer.isHan(c.text.charAt(i))) return false;
        for (String w : NEAR_AT_HAND) if (c.text.startsWith(w, back + 1)) return false;
        return true;
    }

    /** Where the place after {@code at} ends: trailing particles, emoji and punctuation (赶回厦门 😭) left out. */
    private static int placeEnd(Clause c, int at) {
        int end = c.end;
        while (end > at + 1) {
            char ch = c.text.charAt(end - 1);
            if (TRAILING.indexOf(ch) < 0 && Normalizer.isHan(ch)) break;
            end--;
        }
        return end;
    }

    private static final String TRAILING = "了吧啊哈呢呀啦的";

    /** What 飞 starts that is no flight to a place (飞机, 起飞 is before it, 飞快). */
    private static final String NOT_FLIGHT = "机行快速过了走起去来";

    /**
     * "(海南厅不去考察了) 明天下午直接飞海口": flying to a place, said last in the clause right after a
     * drop-out, is the people who dropped out leaving the event.
     */
    static boolean fliesAway(Clause c, Draft last) {
        if (last == null || last.kind != Draft.Kind.VISIT_CHANGE || last.to != null) return false;
        if (!c.all(Mention.Route.class).isEmpty() || !c.all(Mention.Meals.class).isEmpty()) return false;
        int fly = c.text.lastIndexOf('飞', c.end - 1);
        if (fly < c.start || c.question) return false;
        int end = placeEnd(c, fly);
        int len = end - fly - 1;
        if (len < 2 || len > 4 || NOT_FLIGHT.indexOf(c.text.charAt(fly + 1)) >= 0) return false;
        for (int i = fly + 1; i < end; i++) if (!Normalizer.isHan(c.text.charAt(i))) return false;
        List<String> teams = c.teams();
        return teams.isEmpty() || teams.size() == 1 && teams.get(0).equals(last.team);
    }

    /**
     * "广东刘处长明天不参加考察了 开完会就回广州": a departure said in the drop-out's own statement is the
     * departure of the people who dropped out.
     *
     * @param visit the visit draft the statement placed, or null
     */
    static void sameLeavers(Draft visit, Drafts drafts) {
        Draft d = drafts.last();
        if (visit == null || d == null || d == visit || d.kind != Draft.Kind.DEPARTURE || d.count != null) return;
        if (visit.kind == Draft.Kind.VISIT_CHANGE && visit.to == null && visit.count != null && visit.missing == null)
            d.count = visit.count;
    }

    /**
     * "厦门北海线有1人不去了，他下午先回厦门": a movement right after a drop-out, with no figure or
     * delegation of its own, is the movement of the people who dropped out.
     *
     * @param prior the last draft before the movement's
     */
    static void leavers(Clause c, Draft prior, Drafts drafts) {
        Draft d = drafts.last();
        if (prior == null || d == null || d == prior || !d.isMovement() || d.count != null) return;
        if (prior.kind != Draft.Kind.VISIT_CHANGE || prior.to != null || prior.count == null) return;
        if (!c.all(Mention.Count.class).isEmpty() || otherTeam(c, prior) || VisitPersons.persons(c) > 1) return;
        d.count = prior.count;
    }

    /** Whether the clause names a delegation other than as the place the leavers go back or fly to (飞青岛). */
    private static boolean otherTeam(Clause c, Draft prior) {
        for (Mention.Team t : c.all(Mention.Team.class)) {
            boolean home =
                    t.id().equals(prior.team) && t.start() > c.start && "回飞".indexOf(c.text.charAt(t.start() - 1)) >= 0;
            if (!home) return true;
        }
        return false;
    }
}
