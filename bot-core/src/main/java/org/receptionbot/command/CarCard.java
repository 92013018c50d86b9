package org.receptionbot.command;

import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.summary.RecordText;

/**
 * /car and its words ("3号车在哪", "10号车司机电话多少", "9号车是谁在跟"): a vehicle's card from the event file, with
 * its bus liaisons on an event that has any.
 */
final class CarCard {
    private final Event event;
    private final RecordText texts;

    CarCard(Event event) {
        this.event = event;
        this.texts = new RecordText(event);
    }

    Answer answer(Command.Car c) {
        if (c.vehicle() == null) return Answer.of("请写明车号，如“/car 3”或“3号车在哪”。");
        Optional<Vehicle> v = event.vehicle(c.vehicle().strip());
        if (v.isEmpty()) return Answer.of("没有" + c.vehicle() + "号车。现有车辆：" + vehicles() + "。");
        Vehicle car = v.get();
        String delegation = car.delegation() == null ? "未指定" : texts.delegation(car.delegation());
        String phone = car.driverPhone() == null ? "未登记" : car.driverPhone();
        return Answer.of(car.id() + "号车\n车牌：" + car.plate() + "\n司机：" + car.driver() + "\n电话：" + phone + "\n服务："
                + delegation + liaisons(car));
    }

    /** "\n随车联络员：梁晓红 13577100007", "\n随车联络员：未指定", or empty on an event without bus liaisons. */
    private String liaisons(Vehicle car) {
        return car.liaisons().stream()
                .map(p -> p.name() + (p.phone() == null ? "" : " " + p.phone()))
                .reduce((a, b) -> a + "、" + b)
                .map(l -> "\n随车联络员：" + l)
                .orElse(event.vehicles().stream().anyMatch(o -> !o.liaisons().isEmpty()) ? "\n随车联络员：未指定" : "");
    }

    private String vehicles() {
        return String.join("、", event.vehicles().stream().map(v -> v.id() + "号").toList());
    }
}
