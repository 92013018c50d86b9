package org.receptionbot.command;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.VehicleText;

/**
 * /car and its words ("3号车在哪", "10号车司机电话多少", "9号车是谁在跟", "1号车司机电话发我一下"): a vehicle's card
 * from the event file, with its bus liaisons on an event that has any; and a site-visit route's vehicles.
 */
final class CarCard {
    private final Event event;
    private final RecordText texts;
    private final VehicleText lines;

    CarCard(Event event) {
        this.event = event;
        this.texts = new RecordText(event);
        this.lines = new VehicleText(event);
    }

    Answer answer(Command.Car c) {
        if (c.vehicle() == null) return Answer.of("请写明车号，如“/car 3”或“3号车在哪”。");
        Optional<Vehicle> v = event.vehicle(c.vehicle().strip());
        if (v.isEmpty()) return Answer.of("没有" + c.vehicle() + "号车。" + vehicles());
        Vehicle car = v.get();
        String delegation = car.delegation() == null ? "未指定" : texts.delegation(car.delegation());
        String phone = car.driverPhone() == null ? "未登记" : car.driverPhone();
        return Answer.of(car.id() + "号车\n车牌：" + car.plate() + "\n司机：" + car.driver() + "\n电话：" + phone + "\n服务："
                + delegation + liaisons(car));
    }

    /**
     * "北海线的车牌号发一下": the route's vehicles, one a line with plate, driver and phone; a route the event lacks is
     * said to be missing, with the routes it has.
     */
    Answer route(Command.RouteVehicles r) {
        Optional<VisitRoute> route = event.routeNamed(r.route());
        if (route.isEmpty()) route = event.routeNamed(r.route().replaceFirst("(?:路线|线)$", ""));
        if (route.isEmpty() && event.visits().isEmpty()) return Answer.of("本次活动没有安排考察线路。" + vehicles());
        if (route.isEmpty())
            return Answer.of("没有“" + r.route() + "”这条考察线路。现有线路："
                    + event.visits().stream().map(VisitRoute::name).collect(Collectors.joining("、")) + "。");
        List<Vehicle> cars = event.vehiclesOf(route.get());
        if (cars.isEmpty()) return Answer.of(route.get().name() + "在活动文件中没有登记车辆，用车请联系协调组。");
        return Answer.of(route.get().name() + "用车（" + cars.size() + "辆）：\n"
                + cars.stream().map(lines::line).collect(Collectors.joining("\n")));
    }

    /** "\n随车联络员：梁晓红 13577100007", "\n随车联络员：未指定", or empty on an event without bus liaisons. */
    private String liaisons(Vehicle car) {
        return car.liaisons().stream()
                .map(p -> p.name() + (p.phone() == null ? "" : " " + p.phone()))
                .reduce((a, b) -> a + "、" + b)
                .map(l -> "\n随车联络员：" + l)
                .orElse(event.vehicles().stream().anyMatch(o -> !o.liaisons().isEmpty()) ? "\n随车联络员：未指定" : "");
    }

    /** "现有车辆：1号、2号。", or, on an event file with no vehicles, that none is listed and whom to ask. */
    private String vehicles() {
        if (event.vehicles().isEmpty()) return "活动文件中没有登记车辆，用车请联系协调组。";
        return "现有车辆："
                + String.join(
                        "、", event.vehicles().stream().map(v -> v.id() + "号").toList()) + "。";
    }
}
