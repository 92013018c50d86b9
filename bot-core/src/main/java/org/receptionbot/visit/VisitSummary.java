package org.receptionbot.visit;

import org.receptionbot.summary.Texts;

/** A route's list in one line, for the evening briefing; the full list is {@code /visits 路线}. */
public final class VisitSummary {
    private VisitSummary() {}

    /**
     * "【北海线】13:30出发，16:30到达：86人（计划86人），18个团，4辆车共150座，计划后变更2条；名单请发“/visits 北海线”".
     */
    public static String line(RouteList l) {
        StringBuilder s = new StringBuilder("【").append(l.route().name()).append("】");
        s.append(Texts.time(l.route().depart()))
                .append("出发，")
                .append(Texts.time(l.route().arrive()))
                .append("到达：");
        s.append(l.total()).append("人（计划").append(l.plannedTotal()).append("人），");
        long delegations = l.delegations().stream().filter(d -> d.people() > 0).count();
        s.append(delegations).append("个团");
        if (!l.buses().isEmpty()) s.append("，").append(l.buses().size()).append("辆车");
        if (l.seats() != null) s.append("共").append(l.seats()).append("座");
        if (l.overSeats()) s.append(" ⚠超出座位").append(l.total() - l.seats()).append("人");
        s.append(l.changes().isEmpty() ? "，计划后无变更" : "，计划后变更" + l.changes().size() + "条");
        return s.append("；名单请发“/visits ").append(l.route().name()).append("”").toString();
    }
}
