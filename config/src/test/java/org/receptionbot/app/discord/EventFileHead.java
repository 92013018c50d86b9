package org.receptionbot.app.discord;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The opening of the event files these tests write, up to the coordinators: 测试运动会 in Beijing
 * time from three days before today, its three meals, and 九院宾馆 with its dining hall. Every meal's
 * count deadline falls on the meal's own day, so none of tomorrow's meals is locked while a test
 * runs today, whatever the hour.
 */
final class EventFileHead {
    private EventFileHead() {}

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The opening of an event that ends {@code daysAfter} days after today, the hall seating {@code capacity}. */
    static String yaml(int daysAfter, int capacity) {
        return """
                event:
                  name: 测试运动会
                  timezone: Asia/Shanghai
                  start: %s
                  end: %s
                  location: {name: 示例县, latitude: 30.27, longitude: 109.49}
                meals:
                  - {id: BREAKFAST, names: [早餐], serve: "07:00-09:00", deadline: "06:00"}
                  - {id: LUNCH, names: [午餐], serve: "11:30-13:30", deadline: "10:00"}
                  - {id: DINNER, names: [晚餐], serve: "17:30-19:30", deadline: "15:00"}
                venues:
                  - {id: jiuyuan, name: 九院宾馆自助餐厅, capacity: %d}
                hotels:
                  - {id: jiuyuan, name: 九院宾馆}
                """.formatted(today().minusDays(3), today().plusDays(daysAfter), capacity);
    }
}
