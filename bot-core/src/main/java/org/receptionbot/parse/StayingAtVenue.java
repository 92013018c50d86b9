package org.receptionbot.parse;

/**
 * "晚上只剩1个在山庄", "晚上就剩2个人在酒店", "晚上只留2个在酒店", "晚上在山庄的5位", "晚上留守7人": the people of a figure
 * who stay at the event's own place at a part of the day, the others away, are that part's meal's diners.
 */
final class StayingAtVenue {
    /** The event's own places where people stay. */
    private static final String[] OWN_PLACES = {"山庄", "酒店", "宾馆", "驻地", "住地", "民宿"};
    /** Staying behind at the event's place while the others are away (留守7人). */
    private static final String[] STAYING = {"留守", "留守的"};
    /** Words of the few who stay, before the figure. */
    private static final String ONLY = "只剩下就留还有仅";

    private StayingAtVenue() {}

    /** Whether the clause says a figure of people at the event's own place, and little else. */
    static boolean said(Clause c) {
        if (c.question || c.has(Cue.PAST) || c.has(Cue.CANCEL) || c.has(Cue.DEPART)) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (!n.unit()) continue;
            // 晚上在山庄的5位, 晚上留守7人: the people at the place, or staying behind, said before their figure.
            for (String place : OWN_PLACES) {
                String at = "在" + place + "的";
                if (c.text.startsWith(at, n.start() - at.length()) && c.bareWith(ONLY + at)) return true;
            }
            for (String w : STAYING)
                if (c.text.startsWith(w, n.start() - w.length()) && c.bareWith(ONLY + w)) return true;
            int at = n.end();
            if (at < c.end && c.text.charAt(at) == '人') at++;
            if (at >= c.end || c.text.charAt(at) != '在') continue;
            for (String place : OWN_PLACES)
                if (c.text.startsWith(place, at + 1) && c.bareWith(ONLY + "在" + place)) return true;
        }
        return false;
    }
}
