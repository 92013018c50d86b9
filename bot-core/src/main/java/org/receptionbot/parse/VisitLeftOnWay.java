package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.event.VisitRoute;

/**
 * "我们有1个人临时身体不舒服 在服务区下车了 让司机送回南宁了", "北京有一个人中途下车回酒店了": once a route of the day
 * has left, people of a delegation who got off its bus on the way and went back leave the visit: a drop-out
 * with no route named (the visit list takes it off the route the delegation rides). Getting off to come back
 * (下车上厕所 马上回来), to change buses (下车去6号车) or at the end (下车前, 下车清点) is none. The going back said
 * after it (让司机送回南宁了, 打车回酒店了) is how, no movement, when it is to where the event is. A route's bus named
 * (2号车有个同志在服务区下车了), or the sender's own, with no delegation said, is a drop-out all the same: the bot asks
 * whose, as for any record a coordinator sends naming none.
 */
final class VisitLeftOnWay {
    /** Getting off: the word, then what makes it no leaving (下车前 counts, 下车点 is a place). */
    private static final String OFF = "下车";

    private static final String NOT_AFTER_OFF = "前点时的后清处口";
    /** What after 回 makes it coming back to the bus or the group, not going back. */
    private static final String[] BACK_TO_GROUP = {"回来", "回车", "回到车", "回队", "回头", "回复", "回个"};
    /** Where people go back to that is part of the event: lodging, the venue. */
    private static final String[] LODGING = {"酒店", "宾馆", "饭店", "住地", "驻地", "房间", "山庄", "会场", "住处"};

    private VisitLeftOnWay() {}

    /** Whether {@code c} says people got off on the way, with going back said after it in the message. */
    static boolean said(Clause c, Reading reading) {
        if (c.question || !departedToday(reading)) return false;
        int off = c.text.indexOf(OFF, c.start);
        if (off < 0 || off + OFF.length() > c.end) return false;
        int after = off + OFF.length();
        if (after < c.text.length() && NOT_AFTER_OFF.indexOf(c.text.charAt(after)) >= 0) return false;
        return goesBack(c.text, after);
    }

    /** How many got off: said in the clause, else named before, else one person said (有个同志); or null. */
    static Integer people(Clause c, int namedBefore) {
        Integer n = VisitPersons.said(c);
        if (n == null && namedBefore > 0) n = namedBefore;
        if (n == null && OnePerson.described(c) > 0) n = 1;
        return n;
    }

    /** "(…下车了) 让司机送回南宁了": after a drop-out, going back to the event's place or lodging with no figure. */
    static boolean backAfter(Clause c, Reading reading, Drafts drafts) {
        Draft last = drafts.last();
        if (last == null || last.kind != Draft.Kind.VISIT_CHANGE || last.to != null) return false;
        if (!c.all(Mention.Count.class).isEmpty() || !c.all(Mention.Route.class).isEmpty()) return false;
        int back = backAt(c.text, c.start);
        if (back < 0 || back >= c.end) return false;
        String rest = c.text.substring(back, c.end);
        for (String w : LODGING) if (rest.contains(w)) return true;
        String place = EventCity.of(reading.lexicon().event);
        return !place.isEmpty() && rest.contains(place);
    }

    private static boolean goesBack(String text, int from) {
        int end = text.indexOf('\n', from);
        return backAt(text, from) >= 0 && (end < 0 || backAt(text, from) < end);
    }

    /** Where the first 回 of going back stands from {@code from}, or -1. */
    private static int backAt(String text, int from) {
        for (int i = text.indexOf('回', from); i >= 0; i = text.indexOf('回', i + 1)) {
            boolean toGroup = false;
            for (String w : BACK_TO_GROUP) toGroup |= text.startsWith(w, i);
            if (!toGroup) return i;
        }
        return -1;
    }

    /**
     * Whether the people got off a bus of a route of the day: the one named in the clause or before it, else the
     * sender's own (a bus liaison's). With no delegation said they drop out all the same, and the bot asks whose.
     */
    static boolean atRouteBus(Clause c, ClauseState state, Reading reading) {
        List<Mention.Vehicle> named = c.all(Mention.Vehicle.class);
        String bus = !named.isEmpty()
                ? named.get(0).id()
                : state.vehicle() != null ? state.vehicle().id() : reading.vehicle();
        if (bus == null) return false;
        for (VisitRoute r : reading.lexicon().event.visits())
            if (r.date().equals(reading.today()) && r.uses(bus)) return true;
        return false;
    }

    private static boolean departedToday(Reading reading) {
        for (VisitRoute r : reading.lexicon().event.visits())
            if (r.date().equals(reading.today()) && !reading.now().isBefore(r.departure())) return true;
        return false;
    }
}
