package org.receptionbot.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small event around today for trying the bot by hand on a fake platform. */
public final class ConsoleEvent {
    /** Sender name, delegation, its alias and size; the sender's user id comes from the caller's map. */
    private static final List<List<String>> DELEGATIONS = List.of(
            List.of("hunan", "湖南省代表团", "湖南", "35"),
            List.of("guizhou", "贵州省代表团", "贵州", "28"),
            List.of("beijing", "北京市代表团", "北京", "40"),
            List.of("guangdong", "广东省代表团", "广东", "45"));

    private ConsoleEvent() {}

    /** The event's YAML: chats on {@code platform}, user {@code tian} the coordinator. */
    public static String yaml(
            String platform,
            LocalDate today,
            String group,
            String coordinators,
            String caterer,
            Map<String, Long> people) {
        StringBuilder y = new StringBuilder("""
                event:
                  name: 试用运动会
                  timezone: Asia/Shanghai
                  start: %s
                  end: %s
                  location: {name: 示例县, latitude: 30.27, longitude: 109.49}
                meals:
                  - {id: BREAKFAST, names: [早餐, 早饭], serve: "07:00-09:00", deadline: "-1d 21:00"}
                  - {id: LUNCH, names: [午餐, 午饭], serve: "11:30-13:30", deadline: "10:00"}
                  - {id: DINNER, names: [晚餐, 晚饭], serve: "17:30-19:30", deadline: "15:00"}
                venues:
                  - {id: hall, name: 九院宾馆自助餐厅, capacity: 500}
                hotels:
                  - {id: hotel, name: 九院宾馆}
                coordinators:
                  - {name: 田卫东, phone: "13800000001", accounts: {%s: "%d"}}
                chats:
                  - {platform: %s, id: "%s", name: 接待工作群, role: GROUP}
                  - {platform: %s, id: "%s", name: 协调组, role: COORDINATORS}
                  - {platform: %s, id: "%s", name: 餐饮保障群, role: CATERER}
                delegations:
                """.formatted(
                        today.minusDays(3),
                        today.plusDays(5),
                        platform,
                        people.get("tian"),
                        platform,
                        group,
                        platform,
                        coordinators,
                        platform,
                        caterer));
        int i = 0;
        for (List<String> d : DELEGATIONS) {
            y.append("""
                      - id: %s
                        name: %s
                        aliases: [%s]
                        size: %s
                        hotel: hotel
                        venue: hall
                        liaisons:
                          - {name: 联络员%s, phone: "1390000000%d", accounts: {%s: "%d"}}
                    """.formatted(
                            d.get(0), d.get(1), d.get(2), d.get(3), d.get(2), i++, platform, people.get(d.get(0))));
        }
        return y.toString();
    }
}
