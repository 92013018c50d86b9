package org.receptionbot.parse;

/**
 * "明天下午走 车次还没定", "航班待定", "3号 全团 车次待定", "28号下午走 时间还没定": what is not fixed yet
 * is the train, the flight or the hour, not the movement. The contract gives such a movement with
 * {@code transport} (or {@code time}) null, so the undecided word leaves the movement standing (and stays
 * no problem to act on).
 */
final class TransportPending {
    /** Words for the train or flight itself, the subject of the undecided word. */
    private static final String[] TICKET = {"车次", "班次", "航班", "航班号", "车票", "机票", "高铁票", "火车票", "票", "时间", "几点"};
    /** Words that may stand between the ticket and the undecided word (车次 都还没定, 航班暂时未定). */
    private static final String BETWEEN = " 都也暂时目前还具体";

    private TransportPending() {}

    /**
     * Whether the clause's undecided or unsure words are all about the train or flight of a movement whose
     * day or part of the day is said ("返程航班还没定" with neither leaves the whole plan open).
     */
    static boolean only(Clause c) {
        if (!c.has(Cue.UNDECIDED) && !c.has(Cue.UNSURE)) return false;
        if (c.all(Mention.Day.class).isEmpty()
                && c.all(Mention.Part.class).isEmpty()
                && c.all(Mention.Clock.class).isEmpty()) return false;
        for (Cue cue : new Cue[] {Cue.UNDECIDED, Cue.UNSURE})
            if (c.has(cue) && !ticketBefore(c.text, c.at(cue))) return false;
        return true;
    }

    /**
     * "K1158估计明天凌晨2点到": a guess at the hour a named train or flight comes in is the movement at that
     * hour (a late train's new time), no doubt about the movement itself.
     */
    static boolean estimatedHour(Clause c) {
        if (c.has(Cue.UNDECIDED) || !c.has(Cue.UNSURE) || !c.text.startsWith("估计", c.at(Cue.UNSURE))) return false;
        if (c.all(Mention.Transport.class).isEmpty()) return false;
        for (Mention.Clock k : c.all(Mention.Clock.class)) if (k.start() > c.at(Cue.UNSURE)) return true;
        return false;
    }

    private static boolean ticketBefore(String text, int at) {
        int i = at;
        while (i > 0 && BETWEEN.indexOf(text.charAt(i - 1)) >= 0 && at - i < 4) i--;
        for (String w : TICKET) if (i >= w.length() && text.startsWith(w, i - w.length())) return true;
        return false;
    }
}
