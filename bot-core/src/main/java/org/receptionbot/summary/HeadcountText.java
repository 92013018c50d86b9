package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day's bus head counts as chat text. A bus of a site-visit route not counted yet is shown as
 * 未清点 with whom to call, and its route says which of its buses have not counted. A bus whose
 * share the event file does not give is shown against the route's total for its buses together,
 * and once all of them counted, their sum. A team riding several buses of its own has their sum against its size
 * ({@link TeamBusTotals}).
 */
public final class HeadcountText {

    public String render(LocalDate date, List<HeadcountLine> lines) {
        StringBuilder s = new StringBuilder(Texts.day(date)).append(" 车辆清点");
        if (lines.isEmpty()) return s.append("：暂无清点记录").toString();
        s.append('\n');
        for (HeadcountLine l : lines) line(s, l);
        for (TeamBusTotals.Total t : TeamBusTotals.of(lines)) s.append(t.line()).append('\n');
        Map<String, List<HeadcountLine>> routes = routes(lines);
        for (Map.Entry<String, List<HeadcountLine>> r : routes.entrySet()) route(s, r.getKey(), r.getValue());
        return s.toString().stripTrailing();
    }

    private static void line(StringBuilder s, HeadcountLine l) {
        s.append(l.vehicle().id()).append("号车");
        if (l.shared()) {
            shared(s, l);
            return;
        }
        if (l.plan() != null) s.append("（").append(l.plan().route()).append("）");
        else if (l.delegation() != null)
            s.append("（").append(l.delegation().name()).append("）");
        if (!l.reported()) {
            s.append(" 未清点（").append(BusContact.of(l.vehicle())).append("）\n");
            return;
        }
        s.append(" 实到").append(l.counted()).append("人");
        if (l.expected() != null) s.append(" / 应到").append(l.expected()).append("人");
        else if (l.plan() != null)
            s.append("（")
                    .append(buses(l.plan().together()))
                    .append("合计应到")
                    .append(l.plan().total())
                    .append("人）");
        if (!l.flag().isEmpty()) s.append(' ').append(l.flag());
        s.append('\n');
    }

    /**
     * "3号车（湖南省代表团、青海省代表团同车） 合计实到59人 / 应到62人 ⚠少3人", then a line per delegation with its own
     * count ("  湖南省代表团 实到32人 / 应到35人 ⚠少3人").
     */
    private static void shared(StringBuilder s, HeadcountLine l) {
        s.append("（")
                .append(String.join(
                        "、", l.shares().stream().map(x -> x.delegation().name()).toList()))
                .append("同车） 合计实到")
                .append(l.counted())
                .append("人");
        if (l.expected() != null) s.append(" / 应到").append(l.expected()).append("人");
        if (!l.flag().isEmpty()) s.append(' ').append(l.flag());
        s.append('\n');
        for (HeadcountShare x : l.shares()) {
            s.append("  ")
                    .append(x.delegation().name())
                    .append(" 实到")
                    .append(x.counted())
                    .append("人");
            if (x.expected() != null) s.append(" / 应到").append(x.expected()).append("人");
            if (!x.flag().isEmpty()) s.append(' ').append(x.flag());
            s.append('\n');
        }
    }

    private static Map<String, List<HeadcountLine>> routes(List<HeadcountLine> lines) {
        Map<String, List<HeadcountLine>> routes = new LinkedHashMap<>();
        for (HeadcountLine l : lines)
            if (l.plan() != null)
                routes.computeIfAbsent(l.plan().route(), k -> new ArrayList<>()).add(l);
        return routes;
    }

    /**
     * "北海线：3/4辆车已清点，9号车未清点" while some buses have not counted or their count is to be checked
     * ("北海线：2/4辆车已清点，5号车待核实，未计入，9号车未清点") (with "，已清点实到85人 / 应到84人 ⚠多1人"
     * when those counted already carry more than the route's people, as the count's answer warns); once all have, for
     * buses counted together, "百色线1、2号车合计：实到78人 / 应到80人 ⚠少2人".
     */
    private static void route(StringBuilder s, String route, List<HeadcountLine> of) {
        List<String> missing = of.stream()
                .filter(l -> !l.reported())
                .map(l -> l.vehicle().id())
                .toList();
        // a count flagged to be checked is not summed until recounted
        List<String> unconfirmed = of.stream()
                .filter(HeadcountLine::thin)
                .map(l -> l.vehicle().id())
                .toList();
        if (!missing.isEmpty() || !unconfirmed.isEmpty()) {
            s.append(route)
                    .append("：")
                    .append(of.size() - missing.size() - unconfirmed.size())
                    .append('/')
                    .append(of.size())
                    .append("辆车已清点");
            if (!unconfirmed.isEmpty()) s.append("，").append(buses(unconfirmed)).append("待核实，未计入");
            if (!missing.isEmpty()) s.append("，").append(buses(missing)).append("未清点");
            // the buses counted already carry more than the route's people: the recount's warning, on the board too
            int counted = of.stream()
                    .filter(HeadcountLine::reported)
                    .filter(l -> !l.thin())
                    .mapToInt(HeadcountLine::counted)
                    .sum();
            int total = of.get(0).plan().total();
            if (counted > total)
                s.append("，已清点实到")
                        .append(counted)
                        .append("人 / 应到")
                        .append(total)
                        .append("人 ⚠多")
                        .append(counted - total)
                        .append("人");
            s.append('\n');
            return;
        }
        BusPlan p = of.get(0).plan();
        if (p.together().isEmpty() || of.size() < p.together().size()) return;
        int counted = of.stream().mapToInt(HeadcountLine::counted).sum();
        s.append(route)
                .append(buses(p.together()))
                .append("合计：实到")
                .append(counted)
                .append("人 / 应到")
                .append(p.total())
                .append("人");
        if (counted < p.total()) s.append(" ⚠少").append(p.total() - counted).append("人");
        if (counted > p.total()) s.append(" ⚠多").append(counted - p.total()).append("人");
        s.append('\n');
    }

    private static String buses(List<String> ids) {
        return String.join("、", ids) + "号车";
    }
}
