package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.command.Asked;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.reminder.VisitNotices;
import org.receptionbot.summary.Texts;

/**
 * Late changes of the site visits, for {@link Notices}: a visit change after a route's buses left, told to its site,
 * the coordinators and the work group; a person swapped on a route whose list already went to its site.
 */
final class VisitChangeNotices {
    private final Event event;
    private final NoticeChats chats;
    private final SaidOnce said;

    /** @param said what was told once (a route's list; a swap's notice); null: no swap is told */
    VisitChangeNotices(Event event, NoticeChats chats, SaidOnce said) {
        this.event = event;
        this.chats = chats;
        this.said = said;
    }

    /**
     * Tells the coordinators, each route's receiving site and the work group (not the chat where it
     * was made) of a visit change made after the route's buses left, naming the bus liaisons, and
     * returns the warning for the answer. The site is told of its list only: meals, departures and
     * issues said beside the change are not its business.
     *
     * @param body the lines of the answer so far, without its heading
     * @param visitsOnly the visit lines of the answer (the records and their routes' figures), for the site
     */
    String departed(List<VisitRoute> routes, String body, String visitsOnly, Asked asked) {
        List<String> lines = new ArrayList<>();
        List<String> told = new ArrayList<>();
        for (VisitRoute r : routes) {
            String buses = busLiaisons(r);
            List<ChatRef> sites = new ArrayList<>();
            event.siteChats(r.id()).forEach(c -> sites.add(new ChatRef(c.platform(), c.id())));
            List<ChatRef> others = new ArrayList<>();
            for (ChatDef.Role role : List.of(ChatDef.Role.COORDINATORS, ChatDef.Role.GROUP))
                chats.of(role).stream()
                        .filter(c -> !sites.contains(c) && !others.contains(c))
                        .forEach(others::add);
            sites.remove(asked.chat());
            others.remove(asked.chat());
            String left = r.name() + "车辆已于" + Texts.time(r.depart()) + "出发";
            String heading = "⚠考察车辆出发后变更（" + chats.who(asked) + "）：" + left + "\n";
            String check = buses.isEmpty() ? "" : "\n请随车联络员核实：" + buses;
            chats.send(sites, heading + visitsOnly + check);
            chats.send(others, heading + body + check);
            if (!event.siteChats(r.id()).isEmpty() && !told.contains(r.name() + "接待方")) told.add(r.name() + "接待方");
            lines.add("⚠" + left + (buses.isEmpty() ? "" : "，请与随车联络员核实（" + buses + "）") + "。");
        }
        if (!chats.of(ChatDef.Role.COORDINATORS).isEmpty()) told.add(0, "协调组");
        return String.join("\n", lines) + (told.isEmpty() ? "" : "\n本次变更已通知" + String.join("、", told) + "。");
    }

    /**
     * A person swapped for another on a route whose list already went to its site, before the route
     * arrives: the site's chats and the coordinators (not the chat where it was said) are told once,
     * as an update of the list; the line for the answer, or empty when no one was told.
     */
    Optional<String> swapped(NamedSwaps.Swap swap, Asked asked) {
        VisitRoute r = swap.route();
        boolean sent = said != null && said.said(VisitNotices.listKey(r));
        if (!sent || !asked.now().isBefore(r.arrival().atZone(event.zone()).toInstant())) return Optional.empty();
        List<ChatRef> told = new ArrayList<>();
        event.siteChats(r.id()).forEach(c -> told.add(new ChatRef(c.platform(), c.id())));
        chats.of(ChatDef.Role.COORDINATORS).stream()
                .filter(c -> !told.contains(c))
                .forEach(told::add);
        told.remove(asked.chat());
        if (told.isEmpty() || !said.claim("visit-swap:" + asked.source().messageKey())) return Optional.empty();
        chats.send(
                told,
                "【考察名单更新】" + r.name() + "预计" + Texts.time(r.arrive()) + "到达\n  " + NamedSwaps.line(swap) + "（人数不变，仍"
                        + swap.people() + "人）\n（" + chats.who(asked) + "）");
        boolean site = !event.siteChats(r.id()).isEmpty();
        return Optional.of(r.name() + "名单已发出，本次调整已通知" + (site ? r.name() + "接待方" : "协调组") + "。");
    }

    /** "3号车 黄文斌 13577100003、4号车 …": the route's buses with their liaisons. */
    private String busLiaisons(VisitRoute r) {
        List<String> buses = new ArrayList<>();
        for (Vehicle v : event.vehiclesOf(r)) {
            for (Person p : v.liaisons())
                buses.add(v.id() + "号车 " + p.name() + (p.phone() == null ? "" : " " + p.phone()));
        }
        return String.join("、", buses);
    }
}
