package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.parse.OwnWayToRoute;

/**
 * Someone making their own way to a route's site ({@link OwnWayToRoute}: "我们百色线有1个没赶上2号车 他自己打车过去了",
 * "辽宁那个同志说自己打车去百色 不用等了"): nothing is recorded and the route's list stands; the sender is told so. The
 * delegation is the one named, else the sender's; the route the one named, else the route of the bus the sender rides
 * that day, else the delegation's only planned route.
 */
final class OwnWayAnswers {
    private final Event event;

    OwnWayAnswers(Event event) {
        this.event = event;
    }

    /** The answer to {@code text} when it says someone makes their own way to a route; else empty. */
    Optional<String> answer(String text, Asked asked) {
        if (!OwnWayToRoute.said(text)) return Optional.empty();
        Delegation d = named(text);
        if (d == null && asked.sender().delegation() != null)
            d = event.delegation(asked.sender().delegation()).orElse(null);
        if (d == null) return Optional.empty();
        VisitRoute route = route(text, d, asked);
        if (route == null) return Optional.empty();
        return Optional.of("已收到：" + d.name() + " " + route.name() + "有人员自行前往，仍随" + route.name() + "考察，名单人数不作调整。");
    }

    private Delegation named(String text) {
        Delegation best = null;
        int length = 0;
        for (Delegation d : event.delegations()) {
            List<String> words = new ArrayList<>(d.aliases());
            words.add(d.name());
            for (String w : words)
                if (w.length() > length && text.contains(w)) {
                    best = d;
                    length = w.length();
                }
        }
        return best;
    }

    private VisitRoute route(String text, Delegation d, Asked asked) {
        VisitRoute said = null;
        int length = 0;
        for (VisitRoute r : event.visits())
            for (String w : r.words())
                if (w.length() > length && text.contains(w)) {
                    said = r;
                    length = w.length();
                }
        if (said != null) return said;
        for (Vehicle v :
                event.vehiclesRiddenBy(asked.chat().platform(), asked.sender().userId()))
            for (VisitRoute r : event.visits()) if (r.date().equals(asked.today()) && r.uses(v.id())) return r;
        List<VisitRoute> planned =
                event.visits().stream().filter(r -> r.planned(d.id()) > 0).toList();
        return planned.size() == 1 ? planned.get(0) : null;
    }
}
