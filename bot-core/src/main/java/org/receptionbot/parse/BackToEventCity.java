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

    /** Coming back on the bus people went with (跟车回, 随大巴回来), said beside the route they visit. */
    private static final String[] WITH_BUS = {"跟车回", "随车回", "跟大巴回", "随大巴回", "坐大巴回", "坐原车回", "跟车一起回"};

    /**
     * "河北北海5个明天上午都去红坎厂 看完跟车回": back with the route's bus after the visit is the visit's own trip,
     * no departure; not with a ticket, a station or home said (跟车回机场 坐MU5337, 跟车回 然后回家).
     */
    static boolean withRouteBus(Clause c) {
        if (c.all(Mention.Route.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        String said = c.span();
        for (String w : AWAY) if (said.contains(w)) return false;
        for (String w : WITH_BUS) if (said.contains(w)) return true;
        return false;
    }
}
