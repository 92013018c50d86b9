package org.receptionbot.command;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.HeldFigure;
import org.receptionbot.record.Headcount;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeadcountLine;
import org.receptionbot.summary.Texts;

/**
 * "2号车实到多少": the vehicle's latest head count of the day as the 车辆清点 board has it ("2号车（湖北省代表团）今天实到30人 /
 * 应到30人，田晓东 07:05 报"), or that none is on file yet; a count of the vehicle held for its sender's answer (同车 or
 * 代报, 确认) is shown after it as awaiting that answer ("待确认：实到26人（… 09:10报，待其…）"), never hidden.
 */
final class VehicleCountAnswer {
    private final Event event;
    private final HeadcountBoards headcounts;

    VehicleCountAnswer(Event event, HeadcountBoards headcounts) {
        this.event = event;
        this.headcounts = headcounts;
    }

    /** The answer to {@code c}, with {@code held} the day's bus counts held for an answer (any vehicle). */
    Answer answer(Command.VehicleCount c, List<HeldFigure> held) {
        Optional<Vehicle> v = event.vehicle(c.vehicle());
        if (v.isEmpty()) return Answer.of("没有" + c.vehicle() + "号车，请核对车号。");
        Optional<HeadcountLine> line = headcounts.board(c.date()).stream()
                .filter(l -> l.vehicle().id().equals(c.vehicle()) && l.reported())
                .findFirst();
        List<HeldFigure> waiting = held.stream()
                .filter(h -> h.record() instanceof Headcount hc && c.vehicle().equals(hc.vehicle()))
                .toList();
        String bus = c.vehicle() + "号车";
        if (line.isEmpty() && waiting.isEmpty()) return Answer.of(bus + Texts.day(c.date()) + "还没有清点记录。");
        if (line.isEmpty()) return Answer.of(bus + Texts.day(c.date()) + "还没有确认的清点记录；" + held(waiting, "待确认"));
        HeadcountLine l = line.get();
        StringBuilder s = new StringBuilder(bus);
        if (l.shared()) s.append("（多个代表团同车）合计");
        else if (l.delegation() != null)
            s.append("（").append(l.delegation().name()).append("）");
        s.append("实到").append(l.counted()).append("人");
        if (l.expected() != null) s.append(" / 应到").append(l.expected()).append("人");
        if (!l.flag().isEmpty()) s.append(" ").append(l.flag());
        s.append("（");
        if (l.reporter() != null) s.append(l.reporter()).append(" ");
        s.append(clock(l.at())).append("报）");
        if (!waiting.isEmpty()) s.append("；").append(held(waiting, "另有待确认"));
        return Answer.of(s.toString());
    }

    /** "待确认：实到26人（张三 09:10报，待其…）；…" of the held counts, not counted in the board. */
    private String held(List<HeldFigure> waiting, String lead) {
        StringBuilder s = new StringBuilder(lead).append("：");
        for (int i = 0; i < waiting.size(); i++) {
            HeldFigure h = waiting.get(i);
            Headcount hc = (Headcount) h.record();
            if (i > 0) s.append("；");
            s.append(team(hc)).append("实到").append(hc.count()).append("人（");
            s.append(h.source().senderName())
                    .append(" ")
                    .append(clock(h.source().at()));
            s.append("报，待其").append(h.awaited()).append("，未计入清点）");
        }
        return s.toString();
    }

    private String team(Headcount hc) {
        return hc.delegation() == null
                ? ""
                : event.delegation(hc.delegation()).map(d -> d.name() + " ").orElse("");
    }

    private String clock(Instant at) {
        return Texts.time(LocalDateTime.ofInstant(at, event.zone()).toLocalTime());
    }
}
