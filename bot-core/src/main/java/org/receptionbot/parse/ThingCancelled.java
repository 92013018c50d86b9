package org.receptionbot.parse;

import java.util.List;

/**
 * "龙舟又取消了 福建中饭晚饭还是在九院 三十二个", "今天上午的比赛也取消了", "航班取消了 这6个人今晚还得住一晚",
 * "有个同志航班取消了 明天早上才到": the cancel word says what was called off right before it (a match, a training, a
 * flight or train), no meal. Its hit is
 * dropped before the message is read, so a meal said beside it is read on its own words.
 */
final class ThingCancelled {
    /** Things that are no meal and may be called off. */
    private static final String[] THINGS = {
        "比赛", "赛事", "决赛", "预赛", "复赛", "半决赛", "训练", "集训", "排练", "彩排", "演出", "表演", "晚会", "会议", "讲座", "仪式", "开幕式", "闭幕式",
        "颁奖", "参观", "游览", "行程", "龙舟", "项目", "场次"
    };
    /**
     * Tickets that may be called off: no meal either, unless said as the old plan ("原来的航班取消了 改签了…", where the
     * cancel word marks the plan replaced).
     */
    private static final String[] TICKETS = {"航班", "班机", "飞机", "车次", "高铁", "动车", "火车", "机票", "车票"};
    /** Words of the old plan, said right before a ticket. */
    private static final String[] OLD = {"原来", "原定", "原先", "本来", "之前", "原"};
    /** Cancel words such a thing takes. */
    private static final String[] CANCELS = {"取消", "泡汤", "黄了", "停了", "停赛"};
    /** What may stand between the thing and its cancel word (又取消了, 也被取消了, 临时取消). */
    private static final String BETWEEN = "又也都全已经被给临时突然因雨下雨了的";
    /** Most characters between them. */
    private static final int NEAR = 4;

    private ThingCancelled() {}

    /** Drops each cancel hit whose word follows a thing called off. */
    static void apply(List<CueTable.Hit> hits, String text) {
        hits.removeIf(h -> h.cue() == Cue.CANCEL && calledOff(text, h.start()));
    }

    private static boolean calledOff(String text, int at) {
        boolean cancel = false;
        for (String w : CANCELS) cancel |= text.startsWith(w, at);
        if (!cancel) return false;
        int i = at;
        while (i > 0 && at - i < NEAR && BETWEEN.indexOf(text.charAt(i - 1)) >= 0) i--;
        for (String thing : THINGS) if (text.startsWith(thing, i - thing.length()) && i >= thing.length()) return true;
        for (String ticket : TICKETS)
            if (i >= ticket.length() && text.startsWith(ticket, i - ticket.length()))
                return !oldPlan(text, i - ticket.length());
        return false;
    }

    /** Whether the ticket at {@code at} is said as the old plan (原来的航班, 本来的车次). */
    private static boolean oldPlan(String text, int at) {
        String before = text.substring(Math.max(0, at - 4), at);
        for (String w : OLD) if (before.contains(w)) return true;
        return false;
    }
}
