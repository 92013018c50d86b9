package org.receptionbot.parse;

/**
 * Words that make a clause naming a route no visit statement: someone lost there (走散了), rooms asked for
 * at its site (加房3间), the route's place said as where people are (在北海住一晚), people left out of a
 * figure (北海那2个不算), the people of a route as the owners of something (百色那3个的饭).
 */
final class VisitNonStatements {
    /** Someone lost from the group or not to be found (走散了, 跟丢了): a problem, no visit statement. */
    private static final String[] LOST = {"走丢", "走散", "走失", "跟丢", "掉队", "失联", "找不到人", "联系不上"};
    /** Rooms, which a clause asks for at a route's site (加房3间) without a visit statement. */
    private static final String[] ROOMS = {"加房", "住房", "房间", "订房", "开房"};

    /** People left out of a figure said (北海那2个不算): they are not counted there, no visit statement. */
    private static final String[] LEFT_OUT = {"不算", "不计", "除外", "不包括", "不包含", "不含", "没算", "没计"};

    private VisitNonStatements() {}

    /** Someone lost, or a vehicle not found (有个同志找不到北海的车了): a problem, no visit statement. */
    static boolean lost(Clause c) {
        return VisitWords.find(c, LOST) != null || c.has(Cue.MISSING) && IssueTalk.inVehicle(c);
    }

    static boolean rooms(Clause c) {
        return VisitWords.find(c, ROOMS) != null;
    }

    /**
     * "在北海住一晚", "留了1个人在北海", "在柳州崴脚了": a route's place said as where people are (在 right
     * before the place, not 北海线 or 北海组), no sign-up to the route.
     */
    static boolean atPlace(Clause c) {
        for (Mention.Route r : c.all(Mention.Route.class)) {
            int at = r.start() - 1;
            if (at < c.start || c.text.charAt(at) != '在') continue;
            if (at > c.start && NOT_WHERE.indexOf(c.text.charAt(at - 1)) >= 0) continue;
            if (RouteTaken.onItsBus(c, r)) continue;
            char last = c.text.charAt(r.end() - 1);
            if (last != '线' && last != '组') return true;
        }
        // 在北海住一晚: the route's name said as the place of the stay is no mention; 在 and 住 tell it.
        for (int at = c.text.indexOf('在', c.start); at >= 0 && at < c.end; at = c.text.indexOf('在', at + 1)) {
            if (at > c.start && NOT_WHERE.indexOf(c.text.charAt(at - 1)) >= 0) continue;
            for (int len = 2; len <= 3; len++)
                if (at + 1 + len < c.end && c.text.charAt(at + 1 + len) == '住') return true;
        }
        return false;
    }

    /** Characters before 在 that make it no place word (现在, 正在, 实在). */
    private static final String NOT_WHERE = "现正实存所好自";

    static boolean leftOut(Clause c) {
        return VisitWords.find(c, LEFT_OUT) != null;
    }

    /**
     * "去百色那3个的饭会务组打包了", "北海那两位的打包餐": the people of a route, pointed at, said as the owners of
     * something (their meals, their luggage): they are who it is for, no visit statement.
     */
    static boolean theirs(Clause c) {
        for (Mention.Route r : c.all(Mention.Route.class)) {
            int at = r.end();
            if (at < c.end && c.text.charAt(at) == '的') at++;
            if (at >= c.end || c.text.charAt(at) != '那' && c.text.charAt(at) != '这') continue;
            int end = pointedEnd(c, at);
            if (end > 0 && end < c.end && c.text.charAt(end) == '的' && !routeAt(c, end + 1)) return true;
        }
        return false;
    }

    /** People of a place who are no delegates: friends, classmates, relatives met there. */
    private static final String[] OUTSIDERS = {"朋友", "同学", "老乡", "亲戚", "熟人", "家人", "战友", "客人"};
    /** What may stand between a place and its people (柳州那边的, 北海来的). */
    private static final String[] OF_PLACE = {"那边的", "这边的", "那里的", "来的", "那边来的", "的"};

    /**
     * "有一个跟柳州那边的朋友吃", "他去见北海来的同学": a route's place said as where friends or relatives are from,
     * no sign-up to the route.
     */
    static boolean outsiders(Clause c) {
        for (Mention.Route r : c.all(Mention.Route.class))
            for (String of : OF_PLACE) {
                if (!c.text.startsWith(of, r.end())) continue;
                int at = r.end() + of.length();
                if (at < c.end && c.text.charAt(at) == '老') at++;
                for (String w : OUTSIDERS) if (c.text.startsWith(w, at)) return true;
            }
        return false;
    }

    /** Words that open a clause naming who the people just counted are (就是北海那3个). */
    private static final String[] WHO_THEY_ARE = {"就是", "也就是", "都是", "正是", "是"};

    /**
     * "(晚饭少3个) 就是北海那3个": the people just counted named as a route's people pointed at, to the end of the
     * clause, say who they are; no visit statement.
     */
    static boolean namedBack(Clause c) {
        int at = -1;
        for (String w : WHO_THEY_ARE)
            if (c.text.startsWith(w, c.start)) {
                at = c.start + w.length();
                break;
            }
        // 就是去北海的那3个: the route they go to.
        if (at >= 0 && at < c.end && "去跟".indexOf(c.text.charAt(at)) >= 0) at++;
        if (at < 0 || !routeAt(c, at)) return false;
        for (Mention.Route r : c.all(Mention.Route.class)) {
            if (r.start() != at) continue;
            int p = r.end();
            if (p < c.end && c.text.charAt(p) == '的') p++;
            if (p >= c.end || c.text.charAt(p) != '那' && c.text.charAt(p) != '这') return false;
            int end = pointedEnd(c, p);
            while (end > 0 && end < c.end && "的人啦了啊呀哈".indexOf(c.text.charAt(end)) >= 0) end++;
            return end == c.end;
        }
        return false;
    }

    /** Where the people pointed at by the 那/这 at {@code at} end (那3个, 这两位, 那俩), or -1. */
    private static int pointedEnd(Clause c, int at) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == at + 1) return n.end();
        if (VisitFigures.pointedAt(c, at) == null) return -1;
        int i = at + 1;
        while (i < c.end && "0123456789一二两三四五六七八九十俩仨".indexOf(c.text.charAt(i)) >= 0) i++;
        while (i < c.end && "个位人名".indexOf(c.text.charAt(i)) >= 0) i++;
        return i;
    }

    private static boolean routeAt(Clause c, int at) {
        for (Mention.Route r : c.all(Mention.Route.class)) if (r.start() == at) return true;
        return false;
    }
}
