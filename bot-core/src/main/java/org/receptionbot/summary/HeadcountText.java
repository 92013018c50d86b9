package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day's bus head counts as chat text. A bus of a site-visit route whose share the event file
 * does not give is shown against the route's total for its buses together, and once all of them
 * counted, their sum.
 */
public final class HeadcountText {

    public String render(LocalDate date, List<HeadcountLine> lines) {
        StringBuilder s = new StringBuilder(Texts.day(date)).append(" 车辆清点");
        if (lines.isEmpty()) return s.append("：暂无清点记录").toString();
        s.append('\n');
        for (HeadcountLine l : lines) line(s, l);
        together(s, lines);
        return s.toString().stripTrailing();
    }

    private static void line(StringBuilder s, HeadcountLine l) {
        s.append(l.vehicle().id()).append("号车");
        if (l.plan() != null) s.append("（").append(l.plan().route()).append("）");
        else if (l.delegation() != null)
            s.append("（").append(l.delegation().name()).append("）");
        s.append(" 实到").append(l.counted()).append("人");
        if (l.expected() != null) s.append(" / 应到").append(l.expected()).append("人");
        else if (l.plan() != null)
            s.append("（")
                    .append(buses(l.plan()))
                    .append("合计应到")
                    .append(l.plan().total())
                    .append("人）");
        if (!l.flag().isEmpty()) s.append(' ').append(l.flag());
        s.append('\n');
    }

    /** "百色线1、2号车合计：实到78人 / 应到80人 ⚠少2人", for a route whose buses have all counted. */
    private static void together(StringBuilder s, List<HeadcountLine> lines) {
        Map<String, BusPlan> routes = new LinkedHashMap<>();
        for (HeadcountLine l : lines)
            if (l.plan() != null && !l.plan().together().isEmpty())
                routes.putIfAbsent(l.plan().route(), l.plan());
        for (BusPlan p : routes.values()) {
            List<HeadcountLine> of = lines.stream()
                    .filter(l -> p.together().contains(l.vehicle().id()))
                    .toList();
            if (of.size() < p.together().size()) continue;
            int counted = of.stream().mapToInt(HeadcountLine::counted).sum();
            s.append(p.route())
                    .append(buses(p))
                    .append("合计：实到")
                    .append(counted)
                    .append("人 / 应到")
                    .append(p.total())
                    .append("人");
            if (counted < p.total()) s.append(" ⚠少").append(p.total() - counted).append("人");
            if (counted > p.total()) s.append(" ⚠多").append(counted - p.total()).append("人");
            s.append('\n');
        }
    }

    private static String buses(BusPlan p) {
        return String.join("、", p.together()) + "号车";
    }
}
