package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.parse.PersonSwaps;
import org.receptionbot.visit.VisitBoards;

/**
 * One person on a site-visit route replaced by another, the count unchanged ({@link PersonSwaps}):
 * nothing is recorded, a visit record read in it is not taken, and the sender is told what was
 * understood. The delegation is the one named, else the sender's; the route the one named, else the
 * only route the delegation has people on.
 */
final class NamedSwaps {
    /** {@code out} no longer goes on {@code route}; {@code in} goes instead; {@code people} of the delegation stay on it. */
    record Swap(Delegation delegation, VisitRoute route, String out, String in, int people) {}

    private final Event event;
    private final VisitBoards boards;
    private final PersonSwaps swaps;

    NamedSwaps(Event event, VisitBoards boards) {
        this.event = event;
        this.boards = boards;
        this.swaps = new PersonSwaps(event);
    }

    /** The swap {@code text} says, if it is one whose delegation and route are known. */
    Optional<Swap> read(String text, Asked asked) {
        Optional<PersonSwaps.Swap> said = swaps.read(text);
        if (said.isEmpty()) return Optional.empty();
        Delegation d = said.get().delegation();
        if (d == null && asked.sender().delegation() != null)
            d = event.delegation(asked.sender().delegation()).orElse(null);
        if (d == null) return Optional.empty();
        VisitRoute route = said.get().route() != null ? said.get().route() : onlyRouteOf(d);
        if (route == null) return Optional.empty();
        return Optional.of(new Swap(d, route, said.get().out(), said.get().in(), boards.people(route.id(), d.id())));
    }

    /** "湖南省住房和城乡建设厅 北海线：李处不去，改由王科参加" */
    static String line(Swap s) {
        return s.delegation().name() + " " + s.route().name() + "：" + s.out() + "不去，改由" + s.in() + "参加";
    }

    /** What the sender is told: the swap, and that the figure stands, or that the route has none of theirs. */
    static String answer(Swap s) {
        if (s.people() == 0)
            return "已收到：" + line(s) + "。\n⚠" + s.route().name() + "名单中现无"
                    + s.delegation().name() + "的人员，请核实后报人数，如“" + s.route().name() + "1人”。";
        return "已收到：" + line(s) + "，人数不变（仍" + s.people() + "人），名单人数不作调整。";
    }

    private VisitRoute onlyRouteOf(Delegation d) {
        List<VisitRoute> on = event.visits().stream()
                .filter(r -> boards.people(r.id(), d.id()) > 0)
                .toList();
        return on.size() == 1 ? on.get(0) : null;
    }
}
