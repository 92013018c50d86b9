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

    /** Words between a guessed hour and its verb (一点左右才能到, 中午前后到, 2点多就到). */
    private static final String HOUR_TO_VERB = "左右前后多才能就会可以再 ";
    /** The verbs of coming in. */
    private static final String[] ARRIVING = {"到", "落地", "抵达", "到达", "进站"};

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
     * "K1158估计明天凌晨2点到", "江西估计明天凌晨1点才到", "估计一点半才能到酒店": a guess at the hour a named train or
     * flight comes in, or at the hour (or part of the day) the people arrive, said right before the verb, is the
     * movement at that hour (a late train's new time, a bus held up on the road), no doubt about the movement itself;
     * so is 可能 right before the clock time ({@link #likelyHour}). Another unsure word (如果, 不确定) leaves the whole plan open.
     */
    static boolean estimatedHour(Clause c) {
        if (c.has(Cue.UNDECIDED) || !c.has(Cue.UNSURE)) return false;
        int at = c.at(Cue.UNSURE);
        if (c.text.startsWith("可能", at)) return likelyHour(c, at);
        if (!c.text.startsWith("估计", at) || c.hasOtherThan(Cue.UNSURE, "估计")) return false;
        boolean ticket = !c.all(Mention.Transport.class).isEmpty();
        for (Mention.Clock k : c.all(Mention.Clock.class))
            if (k.start() > at && (ticket || arrivesAt(c, k.end()))) return true;
        for (Mention.Part p : c.all(Mention.Part.class)) if (p.start() > at && arrivesAt(c, p.end())) return true;
        return false;
    }

    /**
     * "火车晚点了 可能四点二十才到", "可能要晚上8点半才到": 可能 right before the clock time people come in guesses the hour as
     * 估计 does; a part of the day alone (可能下午到) or a day (可能明天到) leaves the movement open.
     */
    private static boolean likelyHour(Clause c, int at) {
        // 可能三点到 也可能五点: two guesses are no hour.
        int again = c.text.indexOf("可能", at + 2);
        if (c.hasOtherThan(Cue.UNSURE, "可能") || again >= 0 && again < c.end) return false;
        int from = at + 2 + (c.text.startsWith("要", at + 2) ? 1 : 0);
        // 可能晚上8点半才能到: the part of the day belongs to the clock time.
        for (Mention.Part p : c.all(Mention.Part.class)) if (p.start() == from) from = p.end();
        for (Mention.Clock k : c.all(Mention.Clock.class)) if (k.start() == from && arrivesAt(c, k.end())) return true;
        return false;
    }

    /** Whether the arrival verb follows the hour ending at {@code end}, past a few words of degree (左右, 才能, 就). */
    private static boolean arrivesAt(Clause c, int end) {
        int i = end;
        while (i < c.end && i - end < 5 && HOUR_TO_VERB.indexOf(c.text.charAt(i)) >= 0) i++;
        for (String verb : ARRIVING)
            if (c.text.startsWith(verb, i) && c.at(Cue.ARRIVE) >= end && !c.text.startsWith("不", i + verb.length()))
                return true;
        return false;
    }

    private static boolean ticketBefore(String text, int at) {
        int i = at;
        while (i > 0 && BETWEEN.indexOf(text.charAt(i - 1)) >= 0 && at - i < 4) i--;
        for (String w : TICKET) if (i >= w.length() && text.startsWith(w, i - w.length())) return true;
        return false;
    }
}
