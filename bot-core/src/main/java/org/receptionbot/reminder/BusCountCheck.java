package org.receptionbot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.summary.Texts;
import org.receptionbot.visit.Boarding;
import org.receptionbot.visit.BusCount;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;

/**
 * {@code after} a route's departure, the buses that have not reported a head count at boarding
 * (see {@link Boarding}; an earlier count of the day is named but does not count): their bus
 * liaisons reminded by name in the work group, the coordinators told. Once; not after the arrival.
 */
final class BusCountCheck {
    private final Event event;
    private final VisitBoards boards;
    private final Outbox outbox;
    private final SaidOnce said;
    private final Duration after;
    private final Boarding boarding;

    BusCountCheck(Event event, VisitBoards boards, Outbox outbox, SaidOnce said, Duration after) {
        this.event = event;
        this.boards = boards;
        this.outbox = outbox;
        this.said = said;
        this.after = after;
        this.boarding = new Boarding(event.zone());
    }

    Instant at(VisitRoute r) {
        return r.departure().atZone(event.zone()).toInstant().plus(after);
    }

    Spoken fire(VisitRoute r, Instant now) {
        if (!now.isBefore(r.arrival().atZone(event.zone()).toInstant())) return Spoken.TOO_LATE;
        if (now.isBefore(at(r))) return Spoken.NOTHING_TO_SAY; // a stale trigger of a route since moved
        RouteList l = boards.list(r.id()).orElseThrow();
        List<BusCount> missing =
                l.buses().stream().filter(b -> !boarding.counted(r, b)).toList();
        if (missing.isEmpty()) return Spoken.NOTHING_TO_SAY;
        List<ChatRef> groups = Chats.of(event, ChatDef.Role.GROUP);
        List<ChatRef> coordinators = Chats.of(event, ChatDef.Role.COORDINATORS);
        if (groups.isEmpty() && coordinators.isEmpty()) return Spoken.NO_CHAT;
        if (!said.claim("visit-count:" + r.id() + ":" + r.date())) return Spoken.ALREADY_SAID;
        String head = r.name() + Texts.time(r.depart()) + "出发，已过" + after.toMinutes() + "分钟，以下" + missing.size()
                + "辆车尚未报清点人数：\n";
        String buses = missing.stream().map(this::bus).collect(Collectors.joining("\n"));
        String group = "【清点提醒】" + head + buses + "\n请随车联络员清点后在群里报人数，如“"
                + missing.get(0).vehicle().id() + "号车实到40人”。";
        String coord = "⚠" + head + buses + "\n本线应到" + l.total() + "人。";
        groups.forEach(chat -> outbox.send(Reply.text(chat, null, group)));
        coordinators.forEach(chat -> outbox.send(Reply.text(chat, null, coord)));
        return Spoken.SAID;
    }

    /** 4号车 桂A·H3104（随车联络员 黄文斌 13577100004）, or with "；09:00报过40人，非登车清点" */
    private String bus(BusCount b) {
        Vehicle v = b.vehicle();
        String who = v.liaisons().isEmpty()
                ? "未指定随车联络员，司机 " + v.driver() + (v.driverPhone() == null ? "" : " " + v.driverPhone())
                : "随车联络员 " + v.liaisons().stream().map(BusCountCheck::person).collect(Collectors.joining("、"));
        String early = b.reported()
                ? "；" + Texts.time(b.at().atZone(event.zone()).toLocalTime()) + "报过" + b.counted() + "人，非登车清点"
                : "";
        return "  " + v.id() + "号车 " + v.plate() + "（" + who + early + "）";
    }

    private static String person(Person p) {
        return p.phone() == null ? p.name() : p.name() + " " + p.phone();
    }
}
