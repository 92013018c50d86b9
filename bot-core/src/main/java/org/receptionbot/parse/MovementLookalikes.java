package org.receptionbot.parse;

import java.util.List;

/**
 * Words of a movement that move no delegation: a check-out put later, 报到 as reporting figures by a
 * deadline, having to be at a station, coming to a hospital.
 */
final class MovementLookalikes {

    private MovementLookalikes() {}

    /**
     * 退房已跟前台说好延到14点, 退房推迟一小时, 能不能晚点退房, 想延迟退房: a check-out put later is a room
     * matter, not the departure; so is one beside luggage asked to be kept ({@link LuggageKept}).
     */
    static boolean lateCheckOut(Clause c) {
        int at = c.at(Cue.DEPART);
        if (!c.text.startsWith("退房", at)) return false;
        // 河北4人刚退房，行李能不能先放前台: checked out, asking to keep the luggage, no one leaving yet.
        if (LuggageKept.checkedOutNow(c, at + 2) && LuggageKept.asked(c.text)) return true;
        // 明天晚上8点的CZ6592 40个人 退房能不能延到下午两点: a train or flight at its time said first is the
        // departure the check-out is for.
        if (ticketBefore(c, at)) return false;
        String after = c.text.substring(at + 2, Math.min(c.end, at + 12));
        String before = c.text.substring(Math.max(c.start, at - 4), at);
        // 能不能延迟到下午2点退房: the later time asked for said before the check-out.
        String asked = c.text.substring(Math.max(c.start, at - 10), at);
        return later(after) || later(before) || putLater(asked);
    }

    private static boolean ticketBefore(Clause c, int at) {
        boolean ticket = false;
        boolean clock = false;
        for (Mention.Transport t : c.all(Mention.Transport.class)) ticket |= t.end() <= at;
        for (Mention.Clock k : c.all(Mention.Clock.class)) clock |= k.end() <= at;
        return ticket && clock;
    }

    private static boolean putLater(String s) {
        for (String w : PUT_LATER) if (s.contains(w)) return true;
        return false;
    }

    private static final String[] PUT_LATER = {"延迟到", "延后到", "延到", "推迟到", "推到", "晚点到", "晚一点到"};

    /**
     * "24号下午4点才走 退房能不能延后到三点半", "想延迟到1点退房": a later check-out asked for puts the stay later, not
     * the movement; its 延后到/延迟到 is no change of the movement's time.
     */
    static void dropCheckOutChanges(List<CueTable.Hit> hits, String text) {
        if (text.indexOf("退房") < 0) return;
        hits.removeIf(h -> h.cue() == Cue.CHANGE && later(text.substring(h.start(), h.end())) && nearCheckOut(text, h));
    }

    private static boolean nearCheckOut(String text, CueTable.Hit h) {
        int before = text.lastIndexOf("退房", h.start());
        if (before >= 0 && h.start() - before <= 8 && unbroken(text, before, h.start())) return true;
        int after = text.indexOf("退房", h.end());
        return after >= 0 && after - h.end() <= 8 && unbroken(text, h.end(), after);
    }

    private static boolean unbroken(String text, int from, int to) {
        for (int i = from; i < to; i++) if ("，。；,;!！?？\n".indexOf(text.charAt(i)) >= 0) return false;
        return true;
    }

    /** 需要客人暂时离开半小时, 离开一下: leaving a place for a while, no one's departure. */
    static boolean briefly(Clause c) {
        int at = c.at(Cue.DEPART);
        if (at < 0) return false;
        if (c.text.startsWith("暂时", Math.max(c.start, at - 2))) return true;
        int end = c.endOf(Cue.DEPART);
        String after = c.text.substring(end, Math.min(c.end, end + 3));
        return after.startsWith("一下") || after.startsWith("一会") || after.startsWith("半小时") || after.startsWith("几分钟");
    }

    /**
     * "早饭打包10份 走之前拿", "出发前把房卡交到前台", "离开以前": a time said as before leaving, for something else done
     * then, moves no one; 出发前往机场 (heading to) still leaves, and so does a train or flight said with it
     * ("湖南12人 晚上8点的G1234 走之前晚饭不吃了").
     */
    static boolean beforeLeaving(Clause c) {
        int end = c.endOf(Cue.DEPART);
        if (end < 0 || !c.all(Mention.Transport.class).isEmpty()) return false;
        String after = c.text.substring(end, Math.min(c.end, end + 2));
        return after.startsWith("之前") || after.startsWith("以前") || after.startsWith("前") && !after.equals("前往");
    }

    /**
     * "晚饭也吃 三个 吃完再走来得及", "吃了再走来不及": whether there is time to leave after something, judged, not a
     * departure reported.
     */
    static boolean timeJudged(Clause c) {
        int end = c.endOf(Cue.DEPART);
        if (end < 0) return false;
        String after = c.text.substring(end, Math.min(c.end, end + 5));
        // 打包带走哈 我们车子走得早: how early people leave, said as the reason for something, with no time of its own.
        boolean early = false;
        for (String w : EARLY) early |= after.startsWith(w);
        if (early
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Transport.class).isEmpty()) return true;
        return after.startsWith("来得及")
                || after.startsWith("来不及")
                || after.startsWith("也来得及")
                || after.startsWith("都来得及")
                || after.startsWith("还来得及");
    }

    private static final String[] EARLY = {"得早", "得急", "得太早", "得很早", "得比较早", "得挺早", "得早早"};

    /** "1人去机场接领导", "小王去高铁站接处长了": going somewhere to meet someone, who then comes; no one leaves. */
    static boolean fetching(Clause c) {
        int end = c.endOf(Cue.DEPART);
        if (end < 0) return false;
        for (int i = end; i < Math.min(c.end, end + 4); i++)
            if (c.text.charAt(i) == '接' && (i + 1 >= c.end || "着受待".indexOf(c.text.charAt(i + 1)) < 0)) return true;
        return false;
    }

    private static boolean later(String s) {
        return s.contains("延") || s.contains("推迟") || s.contains("晚点") || s.contains("晚一") || s.contains("晚些");
    }

    /**
     * "夜宵报到7点", "晚饭人数报到5点前", "名单报到我这": 报到 after a meal or a list is reporting figures by a
     * deadline, no arrival.
     */
    static boolean reportBy(Clause c) {
        int at = c.at(Cue.ARRIVE);
        if (at < 0 || !c.text.startsWith("报到", at)) return false;
        for (Mention.Meals m : c.all(Mention.Meals.class)) if (m.end() == at) return true;
        String before = c.text.substring(Math.max(c.start, at - 2), at);
        return before.endsWith("人数") || before.endsWith("名单") || before.endsWith("数字") || before.endsWith("餐数");
    }

    /**
     * "9点半要到高铁站", "10点前得赶到机场": having to be at a station or an airport by a time is the way out
     * to a journey (or a vehicle to catch), not an arrival at the event.
     */
    static boolean toStation(Clause c) {
        int at = c.at(Cue.ARRIVE);
        if (at < 1) return false;
        int end = c.endOf(Cue.ARRIVE);
        String after = c.text.substring(end, Math.min(c.end, end + 5));
        boolean station = false;
        for (String w : STATIONS) if (after.startsWith(w)) station = true;
        if (!station) return false;
        String before = c.text.substring(Math.max(c.start, at - 3), at);
        return before.endsWith("要")
                || before.endsWith("赶")
                || before.endsWith("必须")
                || before.endsWith("需要")
                || before.endsWith("得");
    }

    /**
     * "2个队员刚到医院", "刚到县医院", "到医务室了": people at a place of care (a health matter), not an arrival.
     */
    static boolean atCare(Clause c) {
        int end = c.endOf(Cue.ARRIVE);
        int care = c.at(Cue.CARE);
        return end >= 0 && care >= end && care - end <= 2;
    }

    /**
     * "北海回来的车预计8点到山庄", "接站的大巴3点到驻地": a bus or car as the subject of 到, with no delegation,
     * people, train or 我们 said, is the vehicle coming, not people arriving.
     */
    static boolean vehicleComes(Clause c) {
        int at = c.at(Cue.ARRIVE);
        if (at < 1 || !c.teams().isEmpty() || Figures.people(c) != null) return false;
        if (!c.all(Mention.Transport.class).isEmpty()
                || !c.all(Mention.Vehicle.class).isEmpty()) return false;
        String subject = c.text.substring(c.start, at);
        for (String w : RIDERS) if (subject.contains(w)) return false;
        for (String w : BUSES) if (subject.contains(w)) return true;
        return false;
    }

    /** A bus or car said without its number (回来的车, 大巴, 车子). */
    private static final String[] BUSES = {"的车", "大巴", "中巴", "车子", "班车", "那车", "这车", "辆车", "那趟车"};
    /** Words that make the people riding the subject (我们坐的车, 他们的车). */
    private static final String[] RIDERS = {"我们", "咱们", "他们", "坐", "乘", "搭", "火车", "动车", "高铁"};

    private static final String[] STATIONS = {"高铁站", "火车站", "车站", "机场", "高铁东站", "东站", "南站", "北站", "西站"};
}
