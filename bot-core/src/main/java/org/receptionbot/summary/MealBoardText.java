package org.receptionbot.summary;

import java.util.stream.Collectors;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Entry;

/** The meal board as chat text, for coordinators and the kitchen: the total first, then each venue ({@link VenueBlock}). */
public final class MealBoardText {
    private final RecordText records;
    private final VenueBlock venues;
    private final StayingOn stayingOn;

    public MealBoardText(RecordText records) {
        this(records, null);
    }

    /** @param stayingOn the teams there after the event with no departure, named under the board; null to leave out */
    public MealBoardText(RecordText records, StayingOn stayingOn) {
        this.records = records;
        this.venues = new VenueBlock(records);
        this.stayingOn = stayingOn;
    }

    public String render(MealBoard board) {
        StringBuilder s = new StringBuilder();
        s.append(Texts.day(board.date())).append(board.meal().label()).append(" 用餐人数");
        s.append(board.locked() ? "（已过报餐截止时间）" : "").append('\n');
        s.append("合计：")
                .append(board.packed() > 0 ? "堂食" : "")
                .append(board.total())
                .append("人");
        s.append(board.packed() > 0 ? "，打包" + board.packed() + "份\n" : "\n");
        for (VenueBoard venue : board.venues()) venues.render(s, venue, board);
        away(s, board);
        s.append(new HeldLines(records).render(board.held(), "合计"));
        if (!board.notReported().isEmpty()) {
            s.append("未报餐（").append(board.notReported().size()).append("个，").append(assumed(board.meal()));
            s.append("）：")
                    .append(board.notReported().stream().map(Delegation::name).collect(Collectors.joining("、")));
            s.append('\n');
        }
        if (stayingOn != null && !board.meal().onRequest()) s.append(stayingOn.line(board.date()));
        if (board.anyCarried()) {
            s.append(board.meal().label()).append("按需报送：只计当天所报人数，当天未报的代表团按0人计，");
            s.append("此前所报不顺延。\n");
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
        return meal.onRequest() ? "按0人计" : "按全团计";
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
