package org.receptionbot.parse;

/**
 * Rooms the delegation cannot have, said with no problem word of the cue tables ({@link UnkeyedProblems}): rooms
 * ready only later (前台说房间要下午2点才能进), rooms taken by others (有5间房被别人住了), or too few rooms (现在没房, 房间只
 * 准备好了12间 还差两间, 有两个教练没地方住). Each is an ISSUE {@code ROOM}. The lodging's rule for everyone
 * (最早11点才能办入住) is a notice, no room short.
 */
final class RoomsShort {
    /** Words that say by themselves that there is no room to stay in. */
    private static final String[] NO_ROOM = {
        "没房", "没有房", "没地方住", "没地儿住", "没处住", "住不下", "不够住", "房间不够", "房不够", "房间少了", "缺房", "缺几间"
    };
    /** Words of a room not to be entered until later, said of a room. */
    private static final String[] NOT_YET = {
        "才能进", "才能入住", "才可以入住", "才可以进", "才能住", "才能办入住", "才能拿房", "还不能入住", "还不能进", "暂时进不了", "进不了房", "进不去房"
    };
    /** Words of the lodging's rule for every guest (最早11点才能办入住), a notice of check-in, no room short. */
    private static final String[] RULE = {"最早", "统一", "一律", "规定"};
    /** Words of rooms taken by others, said of rooms. */
    private static final String[] TAKEN = {"被别人住", "被人住", "被别的", "被其他", "被占", "给别人住", "让别人住", "住了别人", "别人住进去", "别的团住"};
    /** Words of too few rooms, said with a figure of rooms (还差两间, 少了3间, 只准备好了12间). */
    private static final String[] FEWER = {"还差", "差了", "少了", "缺", "只准备", "只开了", "只给了", "只有", "只剩"};

    private RoomsShort() {}

    /** Whether the clause says rooms are short in one of these ways. */
    static boolean said(Clause c) {
        if (IssueMatters.has(c, NO_ROOM)) return true;
        boolean room = c.has(Cue.TOPIC_ROOM) || c.has(Cue.ROOM_ITSELF) || roomsCounted(c);
        if (!room) return false;
        if (IssueMatters.has(c, NOT_YET) && !IssueMatters.has(c, RULE) || IssueMatters.has(c, TAKEN)) return true;
        return roomsCounted(c) && IssueMatters.has(c, FEWER);
    }

    /** "12间", "两间": a figure of rooms. */
    private static boolean roomsCounted(Clause c) {
        for (int i = c.start + 1; i < c.end; i++)
            if (c.text.charAt(i) == '间' && IssuePeople.FIGURE.indexOf(c.text.charAt(i - 1)) >= 0) return true;
        return false;
    }
}
