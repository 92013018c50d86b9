package org.receptionbot.parse;

/**
 * "水利部原来没报考察，现在有1位处长想跟北海线去看看，麻烦加上": people who had not signed up for a visit
 * joining a route now are an addition to it (a VISIT_CHANGE from no route); "青海厅原来没报考察，现在定了2人去柳州" gives
 * the delegation's figure on the route instead (a VISIT), as any sign-up.
 */
final class VisitLateJoin {
    /** Not signed up before: said of the delegation, before the route it joins now. */
    private static final String[] NOT_BEFORE = {
        "原来没报", "之前没报", "本来没报", "原先没报", "原本没报", "开始没报", "原来没有报", "之前没有报", "本来没有报", "原来没参加", "之前没参加", "本来不参加", "原来不参加",
        "原本不参加", "之前不参加", "本来不去", "原来不去", "之前不去", "原来没打算去", "本来没打算去"
    };

    private VisitLateJoin() {}

    /** "有1位处长", "有两个同志": people said as some of the delegation, with 有 before their figure. */
    private static boolean somePeople(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() > c.start && c.text.charAt(n.start() - 1) == '有') return true;
        return false;
    }

    /** "原来没报的小刘", "老张和小李": people named one by one, and no figure said. */
    private static boolean namedOnly(Clause c) {
        return c.all(Mention.Count.class).isEmpty() && VisitPersons.persons(c) > 0;
    }

    /** Where the first not-signed-up word of the message starts, or -1. */
    private static int notBefore(String text) {
        int first = -1;
        for (String w : NOT_BEFORE) {
            int at = text.indexOf(w);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }

    /** "原来没报考察": the clause only says the delegation had not signed up; it records nothing. */
    static boolean saidHere(Clause c) {
        int at = notBefore(c.text);
        return at >= c.start
                && at < c.end
                && c.all(Mention.Route.class).isEmpty()
                && c.all(Mention.Count.class).isEmpty();
    }

    /** Words that say the people are more than those on the list, before a wish to join (另外有一个同志想…, 也想去). */
    private static final String[] FURTHER = {"另外", "还有", "另有"};

    /**
     * "(原来没报考察，)现在有1位处长想跟北海线去看看", "另外有一个同志想跟柳州线去看看 原来没报的", "还有一位同志也想跟
     * 百色线去": one route joined by people not on its list: the message says they had not signed up (before the
     * route, or after it as a remark), or they are said as more people with a wish to go (另外, 还有 before 想, or 也想).
     */
    static boolean joins(Clause c, java.util.List<Mention.Route> routes, VisitWords.Word drop) {
        if (routes.size() != 1 || c.question) return false;
        int at = notBefore(c.text);
        Mention.Route route = routes.get(0);
        boolean before = at >= 0 && at < route.start();
        boolean after = at >= route.end();
        boolean joining = c.has(Cue.ADD) || VisitJoinWords.joinsAfter(c, before ? at + 4 : c.start);
        boolean further = wishesFurther(c, route.start());
        if (!joining || !before && !after && !further) return false;
        // 现在定了2人去柳州 is the delegation's figure on the route (a VISIT); 有1位处长想去, 加1人: some more people;
        // 原来没报的小刘也想去柳州: people named one by one, with no figure, are as many more.
        if (!c.has(Cue.ADD) && !somePeople(c) && !namedOnly(c) && !(further && VisitPersons.said(c) != null))
            return false;
        // 水利部本来不参加考察的 现在1位处长要跟百色线走: the not-going word is the one of not signing up.
        if (drop == null) return true;
        boolean ownWord = drop.at() >= at && drop.at() <= at + 4;
        return ownWord && (after || drop.end() < route.start());
    }

    /** More people said with a wish to go before the route: 另外有一个同志想跟…, 也想去, 有一个同志想跟…. */
    private static boolean wishesFurther(Clause c, int routeAt) {
        int wish = c.text.indexOf('想', c.start);
        if (wish < 0 || wish >= routeAt) return false;
        if (wish > c.start && c.text.charAt(wish - 1) == '也') return true;
        // 有一个同志想跟柳州线去看看: some of the delegation wanting to go along with a route's group.
        if (wish + 1 < routeAt && "跟随".indexOf(c.text.charAt(wish + 1)) >= 0 && somePeople(c)) return true;
        for (String w : FURTHER) {
            int i = c.text.indexOf(w, c.start);
            if (i >= 0 && i < wish) return true;
        }
        return false;
    }
}
