package org.receptionbot.visit;

import java.util.stream.Collectors;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.event.VisitSite;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.Texts;

/** The visit lists as chat text, for coordinators, bus liaisons and the receiving sites. */
public final class VisitBoardText {
    private final Event event;
    private final RecordText records;
    private final BusText buses;

    public VisitBoardText(Event event, RecordText records) {
        this.event = event;
        this.records = records;
        this.buses = new BusText(event.zone());
    }

    public String render(VisitBoard board) {
        if (board.routes().isEmpty()) return nothing(board);
        StringBuilder s = new StringBuilder("考察名单\n");
        for (RouteList l : board.routes()) route(s, l);
        return s.toString().stripTrailing();
    }

    private String nothing(VisitBoard board) {
        if (event.visits().isEmpty()) return "本次活动没有安排考察线路。";
        String routes = event.visits().stream().map(VisitRoute::name).collect(Collectors.joining("、"));
        if (board.asked() == null) return "所选日期没有考察线路。现有线路：" + routes;
        return "没有找到考察线路“" + board.asked() + "”。现有线路：" + routes;
    }

    /** One route's block of the list, as the receiving site and the briefing get it. */
    public String route(RouteList l) {
        StringBuilder s = new StringBuilder();
        route(s, l);
        return s.toString().stripTrailing();
    }

    private void route(StringBuilder s, RouteList l) {
        VisitRoute r = l.route();
        s.append("【").append(r.name()).append("】").append(Texts.day(r.date()));
        s.append(Texts.time(r.depart()))
                .append("出发，")
                .append(Texts.time(r.arrive()))
                .append("到达\n");
        VisitSite site = r.site();
        if (site != null)
            s.append("接待单位：").append(site.name()).append(contact(site)).append('\n');
        s.append("人数：")
                .append(l.total())
                .append("人（计划")
                .append(l.plannedTotal())
                .append("人）");
        if (l.seats() != null) s.append("，座位").append(l.seats()).append("座");
        if (l.overSeats()) s.append(" ⚠超出座位").append(l.total() - l.seats()).append("人");
        s.append('\n');
        for (DelegationLine d : l.delegations()) delegation(s, d);
        buses.append(s, l);
        changes(s, l);
        s.append('\n');
    }

    private static String contact(VisitSite site) {
        if (site.contact() == null && site.phone() == null) return "";
        String who = site.contact() == null ? "" : site.contact();
        String phone = site.phone() == null ? "" : (who.isEmpty() ? "" : " ") + site.phone();
        return "（" + who + phone + "）";
    }

    private void delegation(StringBuilder s, DelegationLine d) {
        if (d.people() == 0 && d.planned() == 0) return;
        s.append("  ")
                .append(records.delegation(d.delegation()))
                .append(' ')
                .append(d.people())
                .append("人");
        if (d.changed()) s.append("（计划").append(d.planned()).append("人）");
        else if (d.expected() < d.planned()) s.append("（部分人员已离会）");
        s.append('\n');
    }

    private void changes(StringBuilder s, RouteList l) {
        if (l.changes().isEmpty()) return;
        s.append("计划后变更（").append(l.changes().size()).append("条）：\n");
        for (VisitStep step : l.changes()) {
            s.append("  ").append(when(step.entry().source().at(), l.route())).append(' ');
            s.append(records.describe(step.entry().record()));
            Shift shift = step.on(l.route().id());
            if (shift != null)
                s.append("，本线")
                        .append(shift.before())
                        .append("→")
                        .append(shift.after())
                        .append("人");
            s.append("（").append(step.entry().source().senderName()).append("）");
            s.append(flag(step.flag())).append('\n');
        }
    }

    /** A change's time, with its date ("12月8日 15:00") when it was not made on the route's day. */
    private String when(java.time.Instant at, VisitRoute r) {
        java.time.LocalDate day = java.time.LocalDate.ofInstant(at, event.zone());
        return (day.equals(r.date()) ? "" : day.getMonthValue() + "月" + day.getDayOfMonth() + "日 ") + records.clock(at);
    }

    private static String flag(VisitFlag flag) {
        return switch (flag) {
            case NONE -> "";
            case BELOW_ZERO -> " ⚠减员超过该线人数，已按0人计，请核实";
            case FROM_UNKNOWN -> " ⚠未说明原线路，原线路人数未减，请核实";
            case NO_ROUTE -> " ⚠线路未明，未计入";
        };
    }
}
