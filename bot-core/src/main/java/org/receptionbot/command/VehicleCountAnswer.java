package org.receptionbot.command;

import java.time.LocalDateTime;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeadcountLine;
import org.receptionbot.summary.Texts;

/**
 * "2号车实到多少": the vehicle's latest head count of the day as the 车辆清点 board has it ("2号车（湖北省代表团）今天实到30人 /
 * 应到30人，田晓东 07:05 报"), or that none is on file yet.
 */
final class VehicleCountAnswer {
    private final Event event;
    private final HeadcountBoards headcounts;

    VehicleCountAnswer(Event event, HeadcountBoards headcounts) {
        this.event = event;
        this.headcounts = headcounts;
    }

    Answer answer(Command.VehicleCount c) {
        Optional<Vehicle> v = event.vehicle(c.vehicle());
        if (v.isEmpty()) return Answer.of("没有" + c.vehicle() + "号车，请核对车号。");
        Optional<HeadcountLine> line = headcounts.board(c.date()).stream()
                .filter(l -> l.vehicle().id().equals(c.vehicle()) && l.reported())
                .findFirst();
        String bus = c.vehicle() + "号车";
        if (line.isEmpty()) return Answer.of(bus + Texts.day(c.date()) + "还没有清点记录。");
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
        s.append(Texts.time(LocalDateTime.ofInstant(l.at(), event.zone()).toLocalTime()))
                .append("报）");
        return Answer.of(s.toString());
    }
}
