package org.receptionbot.parse;

import java.util.List;

/**
 * Who a movement is about, before the clauses are cut: a delegation named as the company people travel
 * with ("新疆兵团明天跟新疆一班飞机到", "我们跟湖南同一趟车走") is no subject of the movement; a number of
 * delegations ("湖南、湖北两个厅坐同一班CZ3455") is no figure of people.
 */
final class MovementSubjects {
    /** Words before a delegation travelled with (和/与/同 join two subjects: 甘肃和宁夏同一趟车). */
    private static final String WITH = "跟随";
    /** Words after it that say the same flight, train or car. */
    private static final String[] SAME = {
        "一班", "一趟", "同一", "同班", "一个航班", "一个车", "一辆车", "一个飞机", "一架", "一起", "一块", "一道", "同车"
    };
    /** Words after a number that count delegations (两个厅, 三个代表团). */
    private static final String[] GROUPS = {"厅", "团", "队", "代表团", "代表队", "省", "单位", "家单位"};

    /** The first characters of {@link #GROUPS}. */
    private static final String GROUP_STARTS = "厅团队代省单家";

    private MovementSubjects() {}

    /** Takes out of {@code mentions} the delegations travelled with and the numbers of delegations. */
    static void apply(String text, List<Mention> mentions) {
        boolean with = false;
        for (int i = 0; i < WITH.length() && !with; i++) with = text.indexOf(WITH.charAt(i)) >= 0;
        if (with) mentions.removeIf(m -> m instanceof Mention.Team t && company(text, t, mentions));
        mentions.removeIf(m -> m instanceof Mention.Count n && n.unit() && groups(text, n.end()));
    }

    /**
     * A delegation after 跟/随, before 一班/一起… (its bus between: 跟重庆的车一起), or right after 跟着/随着 ("有两个跟着青海明天走了"), with a subject (a
     * delegation or 我们) before it on the line.
     */
    private static boolean company(String text, Mention.Team t, List<Mention> mentions) {
        boolean following =
                t.start() >= 2 && text.charAt(t.start() - 1) == '着' && WITH.indexOf(text.charAt(t.start() - 2)) >= 0;
        if (t.start() == 0 || WITH.indexOf(text.charAt(t.start() - 1)) < 0 && !following) return false;
        int end = t.end();
        while (end < text.length()
                && (text.charAt(end) == ' ' || text.startsWith("团", end) || text.startsWith("队", end))) end++;
        // 跟重庆的车一起走: the company's bus, then together.
        if (text.startsWith("的车", end)) end += 2;
        boolean same = false;
        for (String w : SAME) same |= text.startsWith(w, end);
        // 我们宁夏跟青海一个车走的，今晚两家都不在驻地吃了: both said to do it are both subjects.
        if (!same && !following || text.indexOf('都', end) >= 0 || text.indexOf("两", end) >= 0) return false;
        int line = text.lastIndexOf('\n', t.start()) + 1;
        if (text.substring(line, t.start()).contains("我们")) return true;
        for (Mention m : mentions)
            if (m instanceof Mention.Team o && o != t && o.start() >= line && o.end() < t.start()) return true;
        return false;
    }

    private static boolean groups(String text, int at) {
        // Every group word starts with one of these: most figures are followed by none of them.
        if (at >= text.length() || GROUP_STARTS.indexOf(text.charAt(at)) < 0) return false;
        // 5个队员, 两个团员, 两位团领导: people of a delegation are people.
        for (String g : GROUPS) if (text.startsWith(g, at) && !UnitFollowers.member(text, at + g.length())) return true;
        return false;
    }

    /** "北海那边预计4点半到": a route named with no delegation, people, train or 我们. */
    static boolean routeOnly(Clause c) {
        return !c.all(Mention.Route.class).isEmpty()
                && c.teams().isEmpty()
                && c.all(Mention.Transport.class).isEmpty()
                && Figures.people(c) == null
                && SaidFigures.onePerson(c) == null
                && !c.span().contains("我们");
    }

    /**
     * "柳州线我们4个都到了": people of a site-visit route said to be there now, with no day, time, train or
     * vehicle, reached the route's site; they arrive at no event.
     */
    static boolean atRouteSite(Clause c) {
        List<Mention.Route> routes = c.all(Mention.Route.class);
        // 北海线一共到了115人: the route's people counted, with no delegation or 我们, is the route's count
        return !routes.isEmpty()
                && (!c.teams().isEmpty() || c.span().contains("我们"))
                && routes.get(0).start() < c.at(Cue.ARRIVE)
                // 从百色调过来的: people come over from a route, no one there
                && c.text.substring(c.at(Cue.ARRIVE), c.endOf(Cue.ARRIVE)).indexOf('到') >= 0
                && c.all(Mention.Day.class).isEmpty()
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Transport.class).isEmpty()
                && c.all(Mention.Vehicle.class).isEmpty();
    }

    /** "5号车实到30 送西藏去机场": a vehicle taking a delegation now, with no day or time, is the vehicle's trip. */
    static boolean sent(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.isEmpty() || c.teams().isEmpty()) return false;
        if (!c.all(Mention.Day.class).isEmpty() || !c.all(Mention.Clock.class).isEmpty()) return false;
        for (Mention.Team t : c.all(Mention.Team.class))
            if (t.start() > 0 && c.text.charAt(t.start() - 1) == '送' && t.end() <= c.at(Cue.DEPART)) return true;
        return false;
    }
}
