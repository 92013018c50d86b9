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

    /** "(原来没报考察，)现在有1位处长想跟北海线去看看": one route joined after the message said they had not signed up. */
    static boolean joins(Clause c, java.util.List<Mention.Route> routes, VisitWords.Word drop) {
        if (routes.size() != 1 || c.question) return false;
        int at = notBefore(c.text);
        Mention.Route route = routes.get(0);
        if (at < 0 || at >= route.start() || !(VisitWords.joinsAfter(c, at + 4) || c.has(Cue.ADD))) return false;
        // 现在定了2人去柳州 is the delegation's figure on the route (a VISIT); 有1位处长想去, 加1人: some more people;
        // 原来没报的小刘也想去柳州: people named one by one, with no figure, are as many more.
        if (!c.has(Cue.ADD) && !somePeople(c) && !namedOnly(c)) return false;
        // 水利部本来不参加考察的 现在1位处长要跟百色线走: the not-going word is the one of not signing up.
        return drop == null || drop.at() >= at && drop.at() <= at + 4 && drop.end() < route.start();
    }
}
