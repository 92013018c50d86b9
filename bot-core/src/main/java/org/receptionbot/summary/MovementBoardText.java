package org.receptionbot.summary;

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

    private static void line(StringBuilder s, MovementLine l) {
        s.append(Texts.time(l.time()))
                .append(' ')
                .append(l.arrival() ? "抵达" : "离开")
                .append(' ');
        s.append(l.delegation().name()).append(' ').append(l.people()).append("人");
        if (l.transport() != null) s.append(' ').append(l.transport());
        s.append(status(l)).append('\n');
    }

    private static String status(MovementLine l) {
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
