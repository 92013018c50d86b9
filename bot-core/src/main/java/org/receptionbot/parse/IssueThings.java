package org.receptionbot.parse;

import java.util.List;

/**
 * Words of a meal, a room or a belonging that, read in their place, say no problem or say another one: a
 * food eaten before an allergy (someone ill now), a request to get ready for a plan (麻烦把房卡准备好), a mess
 * to clean (走廊有人吐了), rooms counted (加5间), lost belongings asked about (有没有人看到一个包 落在1号车上了),
 * where to fetch a meal, a warning given ahead, food eaten on board.
 */
final class IssueThings {
    /** Words of belongings lost, at the problem word (丢了, 落在1号车上). */
    private static final List<String> LOST = List.of("丢", "遗失", "落在", "落下", "忘在", "被偷");

    /** Words of getting something ready for a plan (准备好, 预留). */
    private static final List<String> READY = List.of("准备好", "备好", "预留", "留好", "准备一下", "安排好");

    /** Words of food eaten, said before an allergy (吃了花生过敏, 误食). */
    private static final List<String> EATEN = List.of("吃了", "吃完", "吃过", "误食");

    /** Words of rooms wanted beside their figure (要加5间, 再开两间, 订三间). */
    private static final List<String> MORE_ROOMS = List.of("要", "开", "订");

    /** Words of a warning not to do something, right before 错 (别坐错, 不要走错, 莫搞错). */
    private static final List<String> WARNED = List.of("别", "不要", "莫");

    /** Words of food eaten on the way, on board (带车上, 路上吃). */
    private static final List<String> ON_BOARD = List.of("车上吃", "巴上吃", "带车上", "带上车", "带到车上", "路上吃");

    private IssueThings() {}

    /** "安徽有个小孩吃了花生过敏": a food eaten and the allergy after it is someone ill now, no diet. */
    static boolean reaction(Clause c) {
        int at = c.at(Cue.MEAL_PROBLEM);
        if (at < 0 || !c.text.startsWith("过敏", c.endOf(Cue.MEAL_PROBLEM) - 2)) return false;
        return IssueTalk.any(c.text.substring(c.start, at), EATEN);
    }

    /** "麻烦提前把房卡准备好": a request to get something ready for a plan asks for the plan, not for a fix. */
    static boolean readies(Clause c) {
        return IssueTalk.any(c.span(), READY);
    }

    /** "有人吐了 一直没人打扫": the illness word is the mess, and the message is about cleaning it. */
    static boolean mess(Clause c, boolean cleaning) {
        int at = c.at(Cue.HEALTH);
        return cleaning && at >= 0 && (c.text.startsWith("吐", at) || c.text.startsWith("呕吐", at));
    }

    /** "有没有人看到一个黑色的包 落在1号车上了": belongings lost are a problem even when asked about. */
    static boolean lostThing(Clause c) {
        int at = c.at(Cue.OTHER_PROBLEM);
        // 谁的充电宝落在1号车上了: a thing found, its owner asked for.
        if (at < 0 || c.span().contains("谁的")) return false;
        for (String w : LOST) if (c.text.startsWith(w, at)) return true;
        return false;
    }

    /**
     * "天津的午饭在哪领啊 找了一圈没找到", "盒饭在哪里拿", "宵夜在哪吃": where to fetch or eat something, asked, is a
     * question for information; a vehicle asked after stays a problem (5号车在哪 找了一圈没找到).
     */
    static boolean whereToFetch(Clause c) {
        if (!c.question || IssueTalk.inVehicle(c)) return false;
        for (int at = c.text.indexOf('哪', c.start); at >= 0 && at < c.end; at = c.text.indexOf('哪', at + 1)) {
            if (at == c.start || "在去到".indexOf(c.text.charAt(at - 1)) < 0) continue;
            int i = at + 1;
            if (i < c.end && "里儿".indexOf(c.text.charAt(i)) >= 0) i++;
            if (i < c.end && "领拿取吃".indexOf(c.text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** "湖北队房间要加5间", "再开两间", "还要加几间": a figure of rooms with a word of more is a request for rooms. */
    static boolean roomsAsked(Clause c) {
        boolean rooms = false;
        for (int i = c.start + 1; i < c.end && !rooms; i++) {
            rooms = c.text.charAt(i) == '间' && IssuePeople.FIGURE.indexOf(c.text.charAt(i - 1)) >= 0;
        }
        if (!rooms) return false;
        if (c.has(Cue.ADD) || c.has(Cue.NEED) || c.has(Cue.REQUEST) || c.has(Cue.PROBLEM)) return true;
        return IssueTalk.any(c.span(), MORE_ROOMS);
    }

    /**
     * "湖南的别坐错了", "不要走错了", "千万别搞错": a warning not to get something wrong, given ahead; nothing went
     * wrong yet.
     */
    static boolean caution(Clause c) {
        int at = c.at(Cue.PROBLEM);
        if (at < 0 || c.text.charAt(at) != '错') return false;
        return IssueTalk.any(c.text.substring(Math.max(c.start, at - 3), at), WARNED);
    }

    /** "盒饭带车上吃", "我们在大巴上吃", "路上吃": food to be eaten on the way, on board. */
    static boolean eatenOnBoard(Clause c) {
        return IssueTalk.any(c.span(), ON_BOARD);
    }
}
