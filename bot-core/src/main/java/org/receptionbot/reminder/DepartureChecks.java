package org.receptionbot.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;
import org.receptionbot.event.Vehicle;
import org.receptionbot.summary.MovementBoards;
import org.receptionbot.summary.MovementLine;
import org.receptionbot.summary.Texts;

/**
 * The work group's 【离会确认】 for the delegations leaving on a day: each with its liaisons, time, people, transport and
 * vehicles, asking the liaisons to confirm time, transport, vehicle and check-out. Said once a day.
 */
final class DepartureChecks {
    private final Event event;
    private final MovementBoards movements;
    private final Outbox outbox;
    private final SaidOnce said;

    DepartureChecks(Event event, MovementBoards movements, Outbox outbox, SaidOnce said) {
        this.event = event;
        this.movements = movements;
        this.outbox = outbox;
        this.said = said;
    }

    /** The key under which the check of those leaving on {@code day} is said once ({@link SaidOnce}). */
    static String key(LocalDate day) {
        return "departures:" + day;
    }

    /**
     * Says the check of those leaving on {@code day} to the work group, unless nobody leaves or it was said. On the
     * event's last day it also names the delegations with no departure on file (none planned, none reported), so that
     * their liaisons report one: a check is said then even when no departure is on file at all.
     */
    Spoken of(LocalDate day) {
        // a planned departure reported for another day (青海 gone days before) is no one leaving tomorrow
        List<MovementLine> leaving = movements.board(day).lines().stream()
                .filter(l -> !l.arrival() && l.status() != MovementLine.Status.MOVED)
                .toList();
        List<Delegation> unreported = day.equals(event.end())
                ? event.delegations().stream().filter(d -> !movements.leaves(d)).toList()
                : List.of();
        if (leaving.isEmpty() && unreported.isEmpty()) return Spoken.NOTHING_TO_SAY;
        List<ChatRef> to = Chats.of(event, ChatDef.Role.GROUP);
        if (to.isEmpty()) return Spoken.NO_CHAT;
        if (!said.claim(key(day))) return Spoken.ALREADY_SAID;
        StringBuilder s = new StringBuilder("【离会确认】").append(Texts.day(day));
        if (!leaving.isEmpty()) {
            s.append("离会的代表团：\n");
            for (MovementLine l : leaving) s.append(line(l)).append('\n');
        } else {
            s.append("为活动最后一天。\n");
        }
        if (!unreported.isEmpty()) {
            s.append("以下代表团尚未报离会时间和车次/航班，请联络员在群里报送：")
                    .append(unreported.stream().map(DepartureChecks::named).collect(Collectors.joining("、")))
                    .append('\n');
        }
        s.append("请各团联络员确认出发时间、车次/航班、用车和退房时间，有变化请在群里说明。");
        String text = s.toString();
        to.forEach(chat -> outbox.send(Reply.text(chat, null, text)));
        return Spoken.SAID;
    }

    private static String named(Delegation d) {
        if (d.liaisons().isEmpty()) return d.name();
        return d.name() + "（联络员 " + d.liaisons().stream().map(Person::name).collect(Collectors.joining("、")) + "）";
    }

    private String line(MovementLine l) {
        StringBuilder s = new StringBuilder(named(l.delegation()));
        s.append("：").append(l.when()).append(' ').append(l.people()).append("人");
        if (l.transport() != null) s.append(" 乘").append(l.transport());
        List<Vehicle> cars = event.vehicles().stream()
                .filter(v -> l.delegation().id().equals(v.delegation()))
                .toList();
        if (!cars.isEmpty()) {
            s.append("；用车 ")
                    .append(cars.stream()
                            .map(v -> v.id() + "号车 " + v.plate() + " " + v.driver() + " " + v.driverPhone())
                            .collect(Collectors.joining("，")));
        }
        return s.toString();
    }
}
