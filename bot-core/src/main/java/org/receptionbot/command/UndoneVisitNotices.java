package org.receptionbot.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.receptionbot.access.People;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.ListChange;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;

/**
 * An undo of a visit change that was sent after its route's buses left, and so was told to the route's receiving
 * site at once ({@code conversation/VisitChangeNotices}): the site and the coordinators (not the chat where it was
 * undone) hear that the list is back, with each delegation's figure now.
 */
final class UndoneVisitNotices {
    private final Event event;
    private final VisitBoards boards;
    private final People people;
    private final Outbox outbox;
    private final RecordText texts;

    UndoneVisitNotices(Event event, VisitBoards boards, People people, Outbox outbox) {
        this.event = event;
        this.boards = boards;
        this.people = people;
        this.outbox = outbox;
        this.texts = new RecordText(event);
    }

    /** The lists of the routes whose buses had left when one of the visit entries was sent: before the undo. */
    Map<VisitRoute, RouteList> before(List<Entry> entries) {
        Map<VisitRoute, RouteList> lists = new LinkedHashMap<>();
        Set<java.time.LocalDate> days = entries.stream()
                .filter(e -> e.record() instanceof Visit || e.record() instanceof VisitChange)
                .map(Entry::day)
                .collect(Collectors.toSet());
        for (VisitRoute r : event.visits()) {
            if (!days.contains(r.date())) continue;
            boolean told = entries.stream()
                    .filter(e -> e.record() instanceof Visit || e.record() instanceof VisitChange)
                    .filter(e -> e.day().equals(r.date()))
                    .anyMatch(e -> !e.source().at().isBefore(departure(r)));
            if (told) boards.list(r.id()).ifPresent(l -> lists.put(r, l));
        }
        return lists;
    }

    /** Tells each route whose list the undo changed; the line for the answer, empty when no one was told. */
    String tell(Map<VisitRoute, RouteList> before, Asked asked) {
        List<String> told = new ArrayList<>();
        for (Map.Entry<VisitRoute, RouteList> b : before.entrySet()) {
            VisitRoute r = b.getKey();
            RouteList now = boards.list(r.id()).orElse(null);
            if (now == null) continue;
            ListChange change = ListChange.between(b.getValue(), now, texts::delegation);
            if (change.lines().stream().noneMatch(l -> l.endsWith("人") && !l.contains("号车"))) continue;
            List<ChatRef> to = new ArrayList<>();
            event.siteChats(r.id()).forEach(c -> to.add(new ChatRef(c.platform(), c.id())));
            people.chats(ChatDef.Role.COORDINATORS).stream()
                    .filter(c -> !to.contains(c))
                    .forEach(to::add);
            to.remove(asked.chat());
            if (to.isEmpty()) continue;
            String body = "【考察名单更新】" + r.name() + "：此前通知的变动已撤销（"
                    + asked.sender().name() + " "
                    + texts.clock(asked.now()) + "）\n  " + String.join("\n  ", change.lines()) + "\n现应到" + now.total()
                    + "人（原计划" + now.plannedTotal() + "人）";
            to.forEach(c -> outbox.send(Reply.text(c, null, body)));
            if (!event.siteChats(r.id()).isEmpty()) told.add(r.name() + "接待方");
        }
        return told.isEmpty() ? "" : "\n本次撤销已通知" + String.join("、", told) + "。";
    }

    private java.time.Instant departure(VisitRoute r) {
        return r.departure().atZone(event.zone()).toInstant();
    }
}
