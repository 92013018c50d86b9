package org.receptionbot.summary;

import java.time.LocalDateTime;
import java.util.List;
import org.receptionbot.event.Plan;

/** A day's movements as chat text. */
public final class MovementBoardText {

    public String render(MovementBoard board) {
        StringBuilder s = new StringBuilder(Texts.day(board.date())).append(" 抵离动态");
        if (board.lines().isEmpty()) return s.append("：无抵离安排").toString();
        s.append("（").append(board.lines().size()).append("项）\n");
        for (MovementLine l : board.lines()) line(s, l);
        return s.toString().stripTrailing();
    }

    /**
     * A day with no arrival ({@code arrival}) or no departure asked about, said plainly ("今日无抵达"), with the day's
     * movements the other way: "11月29日（周日） 抵离动态：今日无抵达；离开2项" and a line each.
     */
    public String without(MovementBoard board, boolean arrival, boolean today) {
        StringBuilder s = new StringBuilder(Texts.day(board.date()))
                .append(" 抵离动态：")
                .append(today ? "今日" : "")
                .append(arrival ? "无抵达" : "无离开");
        List<MovementLine> others =
                board.lines().stream().filter(l -> l.arrival() != arrival).toList();
        if (others.isEmpty()) return s.toString();
        s.append("；").append(arrival ? "离开" : "抵达").append(others.size()).append("项\n");
        for (MovementLine l : others) line(s, l);
        return s.toString().stripTrailing();
    }

    /**
     * The day's arrivals not yet said done, asked "还有谁没到": "11月18日（周三） 尚未确认到达3项（已到达5项）" and a line each; a
     * day whose arrivals are all done, or that has none, said plainly.
     */
    public String notArrived(MovementBoard board, boolean today) {
        String day = Texts.day(board.date()) + " ";
        List<MovementLine> arrivals =
                board.lines().stream().filter(MovementLine::arrival).toList();
        if (arrivals.isEmpty()) return day + (today ? "今日" : "") + "无抵达安排。";
        List<MovementLine> waiting =
                arrivals.stream().filter(l -> l.confirmed() == null).toList();
        if (waiting.isEmpty()) return day + "抵达" + arrivals.size() + "项均已确认到达。";
        StringBuilder s =
                new StringBuilder(day).append("尚未确认到达").append(waiting.size()).append("项");
        if (waiting.size() < arrivals.size())
            s.append("（已到达").append(arrivals.size() - waiting.size()).append("项）");
        s.append("\n");
        for (MovementLine l : waiting) line(s, l);
        return s.toString().stripTrailing();
    }

    private static void line(StringBuilder s, MovementLine l) {
        s.append(l.when()).append(' ').append(l.arrival() ? "抵达" : "离开").append(' ');
        s.append(l.delegation().name()).append(' ').append(l.people()).append("人");
        if (l.transport() != null) s.append(' ').append(l.transport());
        s.append(status(l)).append('\n');
    }

    /** "（已到达 ✓，16:25确认）", with how it stands against the plan when it differs. */
    private static String status(MovementLine l) {
        if (l.confirmed() == null) return expected(l);
        StringBuilder s =
                new StringBuilder("（").append(l.arrival() ? "已到达" : "已离开").append(" ✓");
        LocalDateTime at = l.confirmed();
        if (!at.toLocalTime().equals(l.time()))
            s.append("，").append(Texts.time(at.toLocalTime())).append("确认");
        if (l.part() || l.status() == MovementLine.Status.AS_PLANNED)
            return s.append("）").toString();
        return s.append("；").append(expected(l).substring(1)).toString();
    }

    private static String expected(MovementLine l) {
        if (l.part()) return "（已报，部分人员）";
        return switch (l.status()) {
            case PLANNED -> "（按计划，未确认）";
            case AS_PLANNED -> "（已确认，与计划一致）";
            case UNPLANNED -> "（已报；活动文件中无此安排）";
            case MOVED -> "（⚠已改至" + Texts.day(l.movedTo()) + "）";
            case CHANGED -> "（⚠有变化，原计划" + plan(l.plan()) + "）";
        };
    }

    private static String plan(Plan p) {
        StringBuilder s = new StringBuilder(Texts.day(p.date()));
        if (p.time() != null) s.append(Texts.time(p.time()));
        if (p.count() != null) s.append(' ').append(p.count()).append("人");
        if (p.transport() != null) s.append(' ').append(p.transport());
        return s.toString();
    }
}
