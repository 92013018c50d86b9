package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a bus liaison says of the counted delegation right after a head count: the roll complete ("9号车实到四十七人
 * 新疆全到", "3号车实到35人 湖南全部到齐") is everyone aboard, no arrival at the event (on the event's first day it may be
 * one, and stays read as one); its buses setting off ("1号车实到31 2号车实到29 湖北两辆都走了") is a trip of the games, no
 * departure, except towards a station or an airport and on the event's last days, when the buses take the delegation
 * home.
 */
final class AfterBusCount {
    /** After the delegation: all of them there (全到, 全部到齐, 都到了, 全员到齐), and nothing after but a pause. */
    private static final Pattern ALL_THERE = Pattern.compile(
            "(?:的|团|队|代表团|代表队)?(?:的?(?:人|队员))?(?:已经|已)?(?:全部|全员|全体|全|也都|都)(?:已经|已)?到齐?(?:了|啦)?(?=$|[\\s,，。!！~～])");
    /** After the delegation: its people said come (的到了, 的人也到了, 的两位都到了). */
    private static final Pattern REACHED =
            Pattern.compile("(?:的|团|队)?(?:人|同志|老师)?(?:也|都|已经|已|也都)*到(?:了|啦)(?=$|[\\s,，。!！~～])");
    /** After the delegation: its buses (两辆, 的两台车, 那辆车, 的车, 车子) said to set off. */
    private static final Pattern BUSES_OFF =
            Pattern.compile("(?:的|那|这)?(?:(?:[两二三四五几0-9]|的[两二三四五几0-9])?[辆台](?:车|大巴|中巴)?|车子?|大巴|中巴)"
                    + "(?:都|也|也都|全|已经|已|刚)*(?:走|出发|开走|发车)");

    private AfterBusCount() {}

    /** Whether {@code c}, after the head count {@code last}, moves none of the people counted (see the class). */
    static boolean movesNoOne(Clause c, Draft.Kind move, Draft last, Reading reading) {
        if (last == null || last.kind != Draft.Kind.HEADCOUNT) return false;
        if (!c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || Figures.people(c) != null) return false;
        List<Mention.Team> teams = c.all(Mention.Team.class);
        if (teams.size() != 1) return false;
        String after = c.text.substring(teams.get(0).end(), c.end);
        // 5号车实到43人 江西的到了: on a bus shared by delegations, the one awaited has reached it, after the first day.
        if (last.team == null)
            return move == Draft.Kind.ARRIVAL
                    && reading.today().isAfter(reading.lexicon().event.start())
                    && REACHED.matcher(after).lookingAt();
        if (!teams.get(0).id().equals(last.team)) return false;
        // On the event's first day the delegation all there may be its arrival.
        if (move == Draft.Kind.ARRIVAL)
            return reading.today().isAfter(reading.lexicon().event.start())
                    && ALL_THERE.matcher(after).lookingAt();
        return move == Draft.Kind.DEPARTURE
                && BUSES_OFF.matcher(after).lookingAt()
                && !homeward(after)
                && !SetOffHome.lastDays(reading.today(), reading);
    }

    /** Where buses take people on the way home (两辆车出发去高铁站了). */
    private static final String[] HOMEWARD = {"机场", "车站", "高铁站", "火车站", "动车站", "回家", "返程", "回程"};

    private static boolean homeward(String said) {
        for (String w : HOMEWARD) if (said.contains(w)) return true;
        return false;
    }
}
