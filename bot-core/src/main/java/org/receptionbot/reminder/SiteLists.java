package org.receptionbot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.Texts;
import org.receptionbot.visit.DelegationLine;
import org.receptionbot.visit.ListChange;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.Unconfirmed;
import org.receptionbot.visit.VisitBoardText;
import org.receptionbot.visit.VisitBoards;

/**
 * A route's list to its receiving site's chats and the coordinators, {@code lead} before the
 * route's arrival; after it, each new state of the list (people or head counts) as an update
 * against the list as sent, naming the buses that have not reported a head count once the route
 * has left. Each names who eat at the site ({@link SiteMeals}), and a change of them is an update too. Each is said
 * once; nothing after the arrival.
 */
final class SiteLists {
    private final Event event;
    private final VisitBoards boards;
    private final VisitBoardText text;
    private final RecordText records;
    private final Outbox outbox;
    private final SaidOnce said;
    private final Duration lead;
    private final SiteMeals meals;

    SiteLists(
            Event event,
            VisitBoards boards,
            RecordText records,
            Outbox outbox,
            SaidOnce said,
            Duration lead,
            SiteMeals meals) {
        this.meals = meals;
        this.event = event;
        this.boards = boards;
        this.text = new VisitBoardText(event, records);
        this.records = records;
        this.outbox = outbox;
        this.said = said;
        this.lead = lead;
    }

    Instant listAt(VisitRoute r) {
        return arrival(r).minus(lead);
    }

    Instant arrival(VisitRoute r) {
        return r.arrival().atZone(event.zone()).toInstant();
    }

    Spoken list(VisitRoute r, Instant now) {
        if (!now.isBefore(arrival(r))) return Spoken.TOO_LATE;
        if (now.isBefore(listAt(r))) return Spoken.NOTHING_TO_SAY; // a stale trigger of a route since moved
        List<ChatRef> to = chats(r);
        if (to.isEmpty()) return Spoken.NO_CHAT;
        if (!said.claim(VisitNotices.listKey(r))) return Spoken.ALREADY_SAID;
        RouteList l = boards.list(r.id()).orElseThrow();
        String eating = SiteMeals.lines(meals.at(r, now), records);
        String body = "【考察名单】" + r.name() + "预计" + Texts.time(r.arrive()) + "到达，当前名单如下：\n" + text.route(l)
                + (eating.isEmpty() ? "" : "\n" + eating) + liaisons(l) + "\n此后如有变动将另行通知。";
        to.forEach(chat -> outbox.send(Reply.text(chat, null, body)));
        return Spoken.SAID;
    }

    Spoken update(VisitRoute r, Instant now) {
        Instant sentAt = listAt(r);
        if (!now.isBefore(arrival(r))) return Spoken.TOO_LATE;
        if (now.isBefore(sentAt)) return Spoken.NOTHING_TO_SAY;
        Optional<RouteList> sent = boards.listAt(r.id(), sentAt);
        RouteList current = boards.list(r.id()).orElseThrow();
        ListChange change = ListChange.between(sent.orElseThrow(), current, records::delegation);
        String eating = SiteMeals.lines(meals.at(r, now), records);
        boolean eatingChanged = !eating.equals(SiteMeals.lines(meals.at(r, sentAt), records));
        ListStates states = ListStates.of(boards, r.id(), sent.get(), sentAt, now, records::delegation);
        int times = states.times(change.state());
        boolean back = change.none() && times > 1; // a change taken back or undone: the list as sent once more
        if (change.none() && !back && !eatingChanged) return Spoken.NOTHING_TO_SAY;
        List<ChatRef> to = chats(r);
        if (to.isEmpty()) return Spoken.NO_CHAT;
        String key = "visit-update:" + r.id() + ":" + r.date() + ":" + change.state() + (times > 1 ? "#" + times : "")
                + (eatingChanged ? ":" + eating.hashCode() : "");
        if (!said.claim(key)) return Spoken.ALREADY_SAID;
        List<String> lines = new ArrayList<>(change.lines());
        if (back) {
            lines.add("此前通知的变动已撤回，名单恢复为发送时的人数");
            lines.addAll(states.lastStep(current));
        }
        if (eatingChanged) lines.add(eating.isEmpty() ? "无人在当地用餐" : eating.replace("\n", "\n  "));
        String body = "【考察名单更新】" + r.name() + "预计" + Texts.time(r.arrive()) + "到达\n与"
                + records.clock(sentAt) + "发送的名单相比：\n  " + String.join("\n  ", lines) + "\n"
                + summary(
                        current,
                        !now.isBefore(r.departure().atZone(event.zone()).toInstant()));
        to.forEach(chat -> outbox.send(Reply.text(chat, null, body)));
        return Spoken.SAID;
    }

    /** The phones of the liaisons of the delegations on the route, for the site to call. */
    private String liaisons(RouteList l) {
        StringBuilder s = new StringBuilder();
        for (DelegationLine d : l.delegations()) {
            if (d.people() == 0) continue;
            event.delegation(d.delegation())
                    .ifPresent(del -> del.liaisons().stream()
                            .filter(p -> p.phone() != null)
                            .forEach(p -> s.append("\n  ")
                                    .append(del.name())
                                    .append(' ')
                                    .append(p.name())
                                    .append(' ')
                                    .append(p.phone())));
        }
        return s.isEmpty() ? "" : "\n各团联络员：" + s;
    }

    /** The figures, and once the route has left ({@code departed}) the buses whose count is still missing. */
    private static String summary(RouteList l, boolean departed) {
        StringBuilder s = new StringBuilder("现应到")
                .append(l.total())
                .append("人（原计划")
                .append(l.plannedTotal())
                .append("人）");
        long counted = l.confirmed();
        if (counted > 0 || !l.unconfirmed().isEmpty())
            s.append("；")
                    .append(counted)
                    .append('/')
                    .append(l.buses().size())
                    .append("辆车已清点，实到")
                    .append(l.counted())
                    .append("人");
        if (l.missing() > 0) s.append(" ⚠少").append(l.missing()).append("人");
        if (l.extra() > 0) s.append(" ⚠多").append(l.extra()).append("人，请核对名单");
        if (!l.unconfirmed().isEmpty()) s.append("；⚠").append(Unconfirmed.of(l.unconfirmed()));
        if (departed && !l.uncounted().isEmpty())
            s.append("；")
                    .append(l.uncounted().stream().map(b -> b.vehicle().id()).collect(Collectors.joining("、")))
                    .append("号车尚未报清点人数");
        return s.toString();
    }

    private List<ChatRef> chats(VisitRoute r) {
        List<ChatRef> to = new ArrayList<>();
        event.siteChats(r.id()).forEach(c -> to.add(new ChatRef(c.platform(), c.id())));
        to.addAll(Chats.of(event, ChatDef.Role.COORDINATORS));
        return to;
    }
}
