package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.access.People;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Asked;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Headcount;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.Boarding;
import org.receptionbot.visit.BusCount;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;

/**
 * After a bus's head count, what the coordinators must act on: a count above the bus's seats, a
 * bus counted below what it should carry ({@link RouteList#expected}) or, with no share of its
 * own, far below its seats on a route counted short ({@link RouteList#thin}), a route counted short once
 * all its buses counted at boarding ({@link Boarding}); a bus or a route counted above what it should
 * carry, as soon as the counts at boarding pass it. Each figure is told once across restarts
 * and instances ({@link SaidOnce}); the answer gets the same warning.
 */
final class CountWarnings {
    private final Event event;
    private final People people;
    private final VisitBoards boards;
    private final Outbox outbox;
    private final SaidOnce said;
    private final Boarding boarding;
    private final RecordText texts;

    CountWarnings(Event event, People people, VisitBoards boards, Outbox outbox, SaidOnce said) {
        this.event = event;
        this.people = people;
        this.boards = boards;
        this.outbox = outbox;
        this.said = said;
        this.boarding = new Boarding(event.zone());
        this.texts = new RecordText(event);
    }

    /**
     * Tells the coordinators of each applied head count's warnings; the lines for the answer. A bus or route short by
     * exactly the {@code onTheirOwn} people the sender says go on their own ({@link AccountedAbsentees}) is said so in
     * the answer, not warned of. A shortfall the sender accounts for ({@link ShortfallReason}: 少的2个是山东的 他们早上已经回去了)
     * is told with those words.
     */
    List<String> tell(List<Entry> entries, Asked asked, int onTheirOwn, String text) {
        List<String> lines = new ArrayList<>();
        String reason = ShortfallReason.of(text);
        for (Entry e : entries) {
            if (!(e.record() instanceof Headcount h)) continue;
            Vehicle v = event.vehicle(h.vehicle()).orElse(null);
            if (v == null) continue;
            if (v.seats() != null && h.count() > v.seats())
                warn(
                        lines,
                        "seats:" + e.day() + ":" + v.id() + ":" + h.count(),
                        v.id() + "号车清点实到" + h.count() + "人，超出该车座位（" + v.seats() + "座），请核实",
                        "超出座位的清点",
                        asked);
            for (VisitRoute r : event.routesOf(v.id())) {
                if (r.date().equals(e.day()))
                    boards.list(r.id()).ifPresent(l -> shortOf(lines, l, v, asked, onTheirOwn, reason));
            }
        }
        // two buses of one route counted in one message see the same route total: it is said once
        return lines.stream().distinct().toList();
    }

    private void shortOf(List<String> lines, RouteList l, Vehicle v, Asked asked, int onTheirOwn, String reason) {
        VisitRoute r = l.route();
        String key = r.id() + ":" + r.date() + ":";
        BusCount bus = l.buses().stream()
                .filter(b -> b.vehicle().id().equals(v.id()))
                .findFirst()
                .orElseThrow();
        Integer expected = l.expected(v);
        if (l.buses().size() > 1
                && expected != null
                && boarding.counted(r, bus)
                && bus.counted() < expected
                && expected - bus.counted() != onTheirOwn)
            warn(
                    lines,
                    "visit-short:" + key + v.id() + ":" + bus.counted(),
                    r.name() + v.id() + "号车清点少" + (expected - bus.counted()) + "人：实到" + bus.counted() + "人 / 应到"
                            + expected + "人",
                    null,
                    asked,
                    reason);
        if (boarding.counted(r, bus) && l.thin(bus))
            warn(
                    lines,
                    "visit-thin:" + key + v.id() + ":" + bus.counted(),
                    v.id() + "号车仅" + bus.counted() + "人（" + v.seats() + "座），请核实",
                    null,
                    asked);
        if (l.buses().size() > 1 && expected != null && boarding.counted(r, bus) && bus.counted() > expected)
            warn(
                    lines,
                    "visit-over:" + key + v.id() + ":" + bus.counted(),
                    r.name() + v.id() + "号车清点比应到多" + (bus.counted() - expected) + "人：实到" + bus.counted() + "人 / 应到"
                            + expected + "人，请核对",
                    null,
                    asked);
        int atBoarding = l.buses().stream()
                .filter(b -> boarding.counted(r, b))
                .filter(b -> !l.thin(b))
                .mapToInt(BusCount::counted)
                .sum();
        if (atBoarding > l.total())
            warn(
                    lines,
                    "visit-over:" + key + "all:" + atBoarding,
                    r.name() + "清点比应到多" + (atBoarding - l.total()) + "人：实到" + atBoarding + "人 / 应到" + l.total()
                            + "人，请核对名单",
                    null,
                    asked);
        boolean all = l.buses().stream().allMatch(b -> boarding.counted(r, b));
        // a bus counted far under its seats is asked to be checked, not summed into a route short
        boolean routeShort = all && l.unconfirmed().isEmpty() && l.counted() < l.total();
        // 7号车27人 还有1个自己打车过去: the route short by just those people, as the liaison said
        if (routeShort && l.total() - l.counted() == onTheirOwn)
            lines.add(r.name() + "清点：" + l.buses().size() + "/" + l.buses().size() + "辆车已清点，实到" + l.counted() + "人 / 应到"
                    + l.total() + "人，另" + onTheirOwn + "人自行前往。");
        else if (routeShort)
            warn(
                    lines,
                    "visit-short:" + key + "all:" + l.counted(),
                    r.name() + "清点少" + (l.total() - l.counted())
                            + "人：" + l.buses().size() + "/" + l.buses().size() + "辆车已清点，实到" + l.counted() + "人 / 应到"
                            + l.total() + "人",
                    null,
                    asked,
                    reason);
    }

    /**
     * Says {@code what} to the coordinators unless said before; the answer gets it either way.
     *
     * @param shown what the answer already warns of, named instead of repeated; null when it does not
     */
    private void warn(List<String> lines, String key, String what, String shown, Asked asked) {
        warn(lines, key, what, shown, asked, null);
    }

    /** As above; a shortfall's {@code reason}, the sender's own words, goes with it (null: none said). */
    private void warn(List<String> lines, String key, String what, String shown, Asked asked, String reason) {
        List<ChatRef> chats = people.chats(ChatDef.Role.COORDINATORS);
        boolean told = !chats.isEmpty() && said.claim("count-warning:" + key);
        String because = reason == null ? "" : "，说明：“" + reason + "”";
        if (told) {
            String who = asked.sender().name() + " " + texts.clock(asked.now());
            for (ChatRef c : chats)
                if (!c.equals(asked.chat())) outbox.send(Reply.notice(c, "⚠" + what + "（" + who + "）" + because));
        }
        String passed = reason == null ? "，已通知协调组。" : "，已连同说明通知协调组。";
        if (shown == null) lines.add("⚠" + what + (chats.isEmpty() ? "。" : passed));
        else if (!chats.isEmpty()) lines.add(shown + "已通知协调组。");
    }
}
