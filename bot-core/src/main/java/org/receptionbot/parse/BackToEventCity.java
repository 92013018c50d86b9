package org.receptionbot.parse;

/**
 * "新疆明天中午在百色吃完饭再回南宁": going back to the event's own city (from a site visit, an outing) is moving about
 * the event, no departure from it; not when a station, an airport or a ticket is said with it (回南宁东 坐G530 回家).
 */
final class BackToEventCity {
    private static final String[] AWAY = {"机场", "车站", "火车站", "高铁站", "南宁东", "回家", "返程"};

    private BackToEventCity() {}

    /** Whether the clause's one way of leaving is going back (回, 返回) to the event's city. */
    static boolean test(Clause c, Reading reading) {
        String city = EventCity.of(reading.lexicon().event);
        if (city.isEmpty() || !c.all(Mention.Transport.class).isEmpty()) return false;
        String said = c.span();
        if (!said.contains("回" + city)) return false;
        for (String w : AWAY) if (said.contains(w)) return false;
        int at = c.at(Cue.DEPART);
        return at >= 0 && c.text.startsWith("回" + city, at) && !c.hasOtherThan(Cue.DEPART, "回");
    }
}
