package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Headcount;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeadcountLine;
import org.receptionbot.summary.HeadcountShare;
import org.receptionbot.summary.TeamBusTotals;

/** The receipt's line of a head count: what was reported before, what the vehicle expects, its seats. */
final class HeadcountReceiptLine {
    private final Event event;
    private final HeadcountBoards headcounts;

    HeadcountReceiptLine(Event event, HeadcountBoards headcounts) {
        this.event = event;
        this.headcounts = headcounts;
    }

    /**
     * "3号车 实到42人（原报40人）（应到…）", with a ⚠ when the count is above the vehicle's seats; a shortfall of just
     * the {@code onTheirOwn} people the message says go on their own is said so ("（应到48人，另2人自行前往）"). On a bus
     * carrying several delegations, the count is of one of them, and the others' counts and the bus's total follow
     * ("3号车 实到27人（青海省代表团，应到27人）；与湖南省代表团（实到32人 / 应到35人 ⚠少3人）同车，3号车合计实到59人 / 应到62人").
     * A team's buses carrying more than the team are said so ({@link TeamBusTotals}).
     */
    String line(Headcount h, Entry e, String text, int onTheirOwn) {
        String was = headcounts
                .before(e)
                .filter(n -> n != h.count())
                .map(n -> "（原报" + n + "人）")
                .orElse("");
        Optional<HeadcountLine> line = headcounts.board(e.day()).stream()
                .filter(l -> l.vehicle().id().equals(h.vehicle()))
                .findFirst();
        int onBoard =
                line.filter(HeadcountLine::shared).map(HeadcountLine::counted).orElse(h.count());
        String seats = event.vehicle(h.vehicle())
                .map(v -> v.seats())
                .filter(n -> onBoard > n)
                .map(n -> " ⚠超出该车座位（" + n + "座），请核实")
                .orElse("");
        if (line.isPresent() && line.get().shared()) return shared(line.get(), h, text + was, onTheirOwn) + seats;
        // 2号车 counting the whole team beside 1号车's count: the team's buses carry more than the team
        String team = TeamBusTotals.ofBus(headcounts.board(e.day()), h.vehicle())
                .filter(t -> !t.flag().isEmpty())
                .map(t -> "；" + t.said() + "，请核实")
                .orElse("");
        return line.filter(l -> l.expected() != null)
                        .map(l -> text + was + "（应到" + l.expected() + "人" + flag(l, onTheirOwn) + "）")
                        .orElse(text + was)
                + seats
                + team;
    }

    private static String shared(HeadcountLine l, Headcount h, String said, int onTheirOwn) {
        String whose = h.delegation() != null ? h.delegation() : l.vehicle().delegation();
        Optional<HeadcountShare> own = l.share(whose);
        if (own.isEmpty()) return said;
        HeadcountShare s = own.get();
        String expected = s.expected() == null ? "" : "，应到" + s.expected() + "人" + flag(s, onTheirOwn);
        List<String> others = l.shares().stream()
                .filter(x -> x != s)
                .map(x -> x.delegation().name() + "（" + counted(x) + "）")
                .toList();
        return said + "（" + s.delegation().name() + expected + "）；与" + String.join("、", others) + "同车，"
                + l.vehicle().id() + "号车合计实到" + l.counted() + "人"
                + (l.expected() == null ? "" : " / 应到" + l.expected() + "人");
    }

    private static String counted(HeadcountShare x) {
        String s = "实到" + x.counted() + "人";
        if (x.expected() != null) s += " / 应到" + x.expected() + "人";
        return x.flag().isEmpty() ? s : s + " " + x.flag();
    }

    private static String flag(HeadcountShare s, int onTheirOwn) {
        int missing = s.expected() == null ? 0 : s.expected() - s.counted();
        if (onTheirOwn > 0 && missing == onTheirOwn) return "，另" + onTheirOwn + "人自行前往";
        return s.flag().isEmpty() ? "" : "，" + s.flag();
    }

    private static String flag(HeadcountLine l, int onTheirOwn) {
        if (onTheirOwn > 0 && l.missing() == onTheirOwn) return "，另" + onTheirOwn + "人自行前往";
        return l.flag().isEmpty() ? "" : "，" + l.flag();
    }
}
