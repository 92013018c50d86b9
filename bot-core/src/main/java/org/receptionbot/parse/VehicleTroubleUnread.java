package org.receptionbot.parse;

import java.util.List;

/**
 * A message about a vehicle in trouble that no rule could read: a vehicle named ("5号车", "司机", "大巴"),
 * then, in that statement or one after it, a fault, a repair, a delay or the vehicle not to be found
 * ("故障灯亮了 我开去修理厂", "晚了快20分钟", "到底在哪儿啊", "要换车"). It is asked about (没能看懂) rather than
 * left silent: the liaison believes the fault was reported. Said as settled, fixed or past it asks nothing.
 */
final class VehicleTroubleUnread {

    private VehicleTroubleUnread() {}

    /** Whether a statement of {@code clauses} reports a vehicle's trouble, its vehicle named at or before it. */
    static boolean said(List<Clause> clauses) {
        boolean asksWhere = false;
        for (Clause c : clauses) asksWhere |= c.span().contains("到底在哪");
        for (Clause c : clauses) if (done(c) || c.has(Cue.RESOLVED) && !asksWhere || replaced(c)) return false;
        boolean vehicle = false;
        for (Clause c : clauses) {
            vehicle |= named(c);
            if (vehicle && trouble(c) && !talk(c)) return true;
        }
        return false;
    }

    private static boolean named(Clause c) {
        return !c.all(Mention.Vehicle.class).isEmpty() || c.has(Cue.TOPIC_VEHICLE);
    }

    /** A fault, a repair, a delay or the vehicle lost; traffic (堵车) is nobody's to fix. */
    private static boolean trouble(Clause c) {
        if (c.has(Cue.UNREACHABLE) || c.has(Cue.LOST_WAY)) return true;
        String s = c.span();
        for (String w : TROUBLE) if (s.contains(w)) return true;
        return false;
    }

    private static boolean talk(Clause c) {
        return c.has(Cue.NOTICE) || c.has(Cue.TALK) || c.has(Cue.SETTLED);
    }

    /**
     * 已经修好了, 没事了, 刚充上电, 回电话了: the trouble is over. A vehicle said to stand somewhere (车停在东门) answers where it is,
     * unless the message still asks (车在北门 我们在南门 到底在哪儿啊).
     */
    private static boolean done(Clause c) {
        String s = c.span();
        for (String w : DONE) if (s.contains(w)) return true;
        return false;
    }

    /** 新疆今天继续用2号车, 换12号车: another vehicle is already put in its place (asked with ？ it is not). */
    private static boolean replaced(Clause c) {
        if (c.question) return false;
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) {
            for (String w : STAND_IN) {
                int at = v.start() - w.length();
                if (at >= c.start && c.text.startsWith(w, at)) return true;
            }
        }
        return false;
    }

    private static final String[] TROUBLE = {
        "故障", "去修", "要修", "拖去修", "修理厂", "什么时候能好", "被刮", "刮了", "刮坏", "蹭了",
        "没有车牌", "没车牌", "晚了快", "晚了半", "晚了二", "晚了十", "晚了一", "换车", "要换车", "他不开",
        "到底在哪", "换胎", "补胎", "雪地胎", "防冻液", "到底停哪", "找不到车", "没有固定车", "不敢上"
    };
    private static final String[] STAND_IN = {"换", "用", "顶"};
    private static final String[] DONE = {
        "修好", "好了", "换好", "已经换", "换了", "没事了", "解决", "放心", "充上电", "回电话", "回电了", "联系上了", "打通了"
    };
}
