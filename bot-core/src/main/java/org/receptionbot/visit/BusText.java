package org.receptionbot.visit;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.receptionbot.event.Vehicle;
import org.receptionbot.summary.Texts;

/**
 * A route's buses and head counts, as lines of the visit list; each count with the time it was
 * sent ("实到40人（09:00清点）"), so a count from before boarding is seen as one; the buses not
 * counted yet named after the route's count ("；9号车未清点"), and a count flagged to be checked left out of it
 * ("；5号车仅1人，待核实，未计入").
 */
final class BusText {
    private final ZoneId zone;

    BusText(ZoneId zone) {
        this.zone = zone;
    }

    void append(StringBuilder s, RouteList l) {
        if (l.buses().isEmpty()) return;
        s.append("车辆：\n");
        for (BusCount b : l.buses()) bus(s, l, b);
        s.append("清点：");
        long counted = l.confirmed();
        List<BusCount> unconfirmed = l.unconfirmed();
        if (counted == 0 && unconfirmed.isEmpty()) {
            s.append("尚未清点\n");
            return;
        }
        s.append(counted)
                .append('/')
                .append(l.buses().size())
                .append("辆车已清点，实到")
                .append(l.counted());
        s.append("人 / 应到").append(l.total()).append("人");
        if (l.missing() > 0) s.append(" ⚠少").append(l.missing()).append("人");
        if (l.extra() > 0) s.append(" ⚠多").append(l.extra()).append("人，请核对名单");
        if (!unconfirmed.isEmpty()) s.append("；").append(Unconfirmed.of(unconfirmed));
        List<BusCount> uncounted = l.uncounted();
        if (!uncounted.isEmpty())
            s.append("；")
                    .append(uncounted.stream().map(b -> b.vehicle().id()).collect(Collectors.joining("、")))
                    .append("号车未清点");
        s.append('\n');
    }

    private void bus(StringBuilder s, RouteList l, BusCount b) {
        Vehicle v = b.vehicle();
        s.append("  ").append(v.id()).append("号车 ").append(v.plate());
        if (v.driver() != null) s.append(' ').append(v.driver());
        if (v.driverPhone() != null) s.append(' ').append(v.driverPhone());
        if (v.seats() != null) s.append(' ').append(v.seats()).append("座");
        if (!v.liaisons().isEmpty()) s.append(" 随车联络员").append(liaisons(v));
        s.append(b.reported() ? " 实到" + b.counted() + "人（" + time(b) + "清点）" : " 未清点");
        if (l.thin(b))
            s.append(" ⚠仅").append(b.counted()).append("人（").append(v.seats()).append("座），请核实");
        s.append('\n');
    }

    private String time(BusCount b) {
        return Texts.time(b.at().atZone(zone).toLocalTime());
    }

    private static String liaisons(Vehicle v) {
        return v.liaisons().stream()
                .map(p -> p.phone() == null ? p.name() : p.name() + " " + p.phone())
                .collect(Collectors.joining("、"));
    }
}
