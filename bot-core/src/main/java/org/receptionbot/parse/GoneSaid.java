package org.receptionbot.parse;

/**
 * A departure said as done: the verb of leaving with 已, 了, 全 or the people seen onto their bus (已经走了, 出发了,
 * 送上车了), and setting off said of no delegation (the buses, a doctor). Read by {@link MovedNow} for a departure as it
 * happens.
 */
final class GoneSaid {
    private GoneSaid() {}

    /** Words of setting off or boarding said as done; 出发 alone is a bus's timetable or an order. */
    static final String[] SET_OFF = {"已出发", "已经出发", "出发了", "全部出发", "全员出发", "都出发了", "已登机", "已经登机", "登机了"};

    /**
     * "1、2号车共80人 都出发了", "医生已经出发了": set off (see {@link #SET_OFF}) with no delegation or 我们 in the
     * clause is the buses or someone else, no delegation leaving.
     */
    static boolean setOffByNoOne(Clause c) {
        int at = c.at(Cue.DEPART);
        boolean setOff = false;
        for (String w : SET_OFF) setOff |= c.text.startsWith(w, at);
        return setOff && c.teams().isEmpty() && !MovedNow.contains(c, "我们") && !MovedNow.contains(c, "咱们");
    }

    /** 已经走了, 刚走, 出发去车站了: the verb said as done (先走的是12个人 is who leaves, not who left). */
    static boolean gone(Clause c) {
        int at = c.at(Cue.DEPART);
        if (at < 0) return false;
        char before = at > c.start ? c.text.charAt(at - 1) : ' ';
        if (before == '已' || before == '刚' || c.text.startsWith("已经", at - 2)) return true;
        // 已出发, 出发了, 全部出发, 登机了: the verb's own word says it is done.
        int end = c.endOf(Cue.DEPART);
        if (c.text.charAt(at) == '已' || c.text.charAt(end - 1) == '了' || c.text.startsWith("全", at)) return true;
        int le = c.text.indexOf('了', c.endOf(Cue.DEPART));
        if (le >= 0 && le < c.end && le - c.endOf(Cue.DEPART) <= 6) return true;
        // 今天走的6个人已经送上车了: the people leaving, seen onto the bus.
        for (String w : SEEN_OFF) if (c.text.indexOf(w, end) >= 0 && c.text.indexOf(w, end) < c.end) return true;
        // 先走的8个已经出发去车站了: the leavers named by their movement, then set off as done.
        if (end < c.end && c.text.charAt(end) == '的')
            for (String w : SET_OFF) if (c.text.indexOf(w, end) >= 0 && c.text.indexOf(w, end) < c.end) return true;
        // 陕西的已经上车了 去车站: boarded, said as done, before where they head.
        String said = c.text.substring(c.start, at);
        for (String w : BOARDED) if (said.contains(w)) return true;
        return false;
    }

    /** Boarding said as done. */
    private static final String[] BOARDED = {"已经上车", "已上车", "都上车了", "上车了"};

    /** Words that say people were seen onto their bus or off, after the verb of leaving. */
    private static final String[] SEEN_OFF = {"送上车了", "已经送上车", "已送上车", "送走了", "已经上车", "已上车", "都上车了"};
}
