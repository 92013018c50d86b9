package org.receptionbot.summary;

import java.util.stream.Collectors;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Entry;

/** The meal board as chat text, for coordinators and the kitchen. */
public final class MealBoardText {
    private final RecordText records;

    public MealBoardText(RecordText records) {
        this.records = records;
    }

    public String render(MealBoard board) {
        StringBuilder s = new StringBuilder();
        s.append(Texts.day(board.date())).append(board.meal().label()).append(" 用餐人数");
        s.append(board.locked() ? "（已过报餐截止时间）" : "").append('\n');
        for (VenueBoard venue : board.venues()) venue(s, venue, board);
        s.append("合计：").append(board.total()).append("人\n");
        away(s, board);
        s.append(new HeldLines(records).render(board.held(), "合计"));
        if (!board.notReported().isEmpty()) {
            s.append("未报餐（").append(board.notReported().size()).append("个，").append(assumed(board.meal()));
            s.append("）：")
                    .append(board.notReported().stream().map(Delegation::name).collect(Collectors.joining("、")));
            s.append('\n');
        }
        if (board.anyCarried()) {
            s.append(board.meal().label()).append("按需报送：当天未报的代表团按其此前最近一次所报人数计，");
            s.append("从未报过或上次报不用餐的按0人计。\n");
        }
        if (!board.lateChanges().isEmpty()) {
            s.append("截止后变更（").append(board.lateChanges().size()).append("条）：\n");
            for (Entry e : board.lateChanges()) late(s, e);
        }
        return s.toString().stripTrailing();
    }

    /**
     * The site-visit routes away at the serving: the event file says neither when they come back nor where
     * they eat, so they stay counted and the board says so ("⚠其中考察线路人员148人…").
     */
    private static void away(StringBuilder s, MealBoard board) {
        if (board.away().isEmpty()) return;
        int people = board.away().stream().mapToInt(RoutesAway.Away::people).sum();
        s.append("⚠其中考察线路人员").append(people).append("人（");
        s.append(board.away().stream().map(a -> a.route() + a.people() + "人").collect(Collectors.joining("、")));
        s.append("），线路已于开餐前出发，活动文件未注明返程时间，仍按在此用餐计，请核实。\n");
    }

    /** How the figure of a delegation that has not reported a serving of {@code meal} is taken. */
    public static String assumed(Meal meal) {
        return meal.onRequest() ? "按上次所报计" : "按全团计";
    }

    /**
     * A venue's block; for a meal taken on request (宵夜) only the delegations that eat it or reported it (or have a
     * report waiting for its confirmation) are listed, the others summed up in one line
     * ("其余30个代表团0人"), so the locked board is not a column of zeros.
     */
    private void venue(StringBuilder s, VenueBoard v, MealBoard board) {
        s.append("【").append(v.venue().name()).append("】").append(v.booked()).append("人 / 容量");
        s.append(v.venue().capacity()).append("人");
        if (v.overCapacity())
            s.append(" ⚠超出").append(v.booked() - v.venue().capacity()).append("人");
        s.append('\n');
        int none = 0;
        for (DelegationDiners d : v.delegations()) {
            boolean held = board.holds(d.delegation().id());
            if (board.meal().onRequest()
                    && d.count().diners() == 0
                    && !d.count().reported()
                    && !held) none++;
            else line(s, d, held);
        }
        if (none > 0) s.append("  其余").append(none).append("个代表团0人\n");
        if (v.actual() != null) {
            s.append("  实到")
                    .append(v.actual())
                    .append("人，")
                    .append(v.difference() == 0 ? "与预订人数一致" : "比预订" + Texts.gap(v.difference()));
            s.append(v.differenceFlagged() ? " ⚠请核实" : "").append('\n');
        }
        for (ActualCount a : board.heldActuals()) {
            if (!a.venue().equals(v.venue().id())) continue;
            s.append("  待确认：实到")
                    .append(a.count())
                    .append("人（")
                    .append(a.source().senderName())
                    .append(' ');
            s.append(records.clock(a.source().at())).append("登记，待其确认，未计入）\n");
        }
    }

    private static void line(StringBuilder s, DelegationDiners d, boolean held) {
        DinerCount c = d.count();
        s.append("  ")
                .append(d.delegation().name())
                .append(' ')
                .append(c.diners())
                .append("人");
        if (held) s.append(c.reported() ? "（另有待确认的报告）" : "（所报人数待确认，暂按未报计）");
        else if (!c.reported() && c.diners() > 0) s.append(d.carried() ? "（未报，按上次所报）" : "（未报）");
        if (c.lateChanges() > 0) s.append("（截止后有变更）");
        if (c.diners() == 0 && c.left()) s.append("（已离会）");
        else if (c.clipped()) s.append("（减员超过人数，已按0人计）");
        s.append('\n');
    }

    private void late(StringBuilder s, Entry e) {
        s.append("  ").append(records.clock(e.source().at()));
        s.append(' ')
                .append(records.describe(e.record()))
                .append("（")
                .append(e.source().senderName())
                .append("）\n");
    }
}
