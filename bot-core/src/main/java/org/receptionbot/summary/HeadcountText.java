package org.receptionbot.summary;

import java.time.LocalDate;
import java.util.List;

/** A day's bus head counts as chat text. */
public final class HeadcountText {

    public String render(LocalDate date, List<HeadcountLine> lines) {
        StringBuilder s = new StringBuilder(Texts.day(date)).append(" 车辆清点");
        if (lines.isEmpty()) return s.append("：暂无清点记录").toString();
        s.append('\n');
        for (HeadcountLine l : lines) {
            s.append(l.vehicle().id()).append("号车");
            if (l.delegation() != null)
                s.append("（").append(l.delegation().name()).append("）");
            s.append(" 实到").append(l.counted()).append("人");
            if (l.expected() != null) s.append(" / 应到").append(l.expected()).append("人");
            if (!l.flag().isEmpty()) s.append(' ').append(l.flag());
            s.append('\n');
        }
        return s.toString().stripTrailing();
    }
}
