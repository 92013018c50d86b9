package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;

/**
 * Two buses (5, 7) share 北海线 (22 people), neither carrying a delegation of its own: "人齐了" from
 * bus 5's liaison records its earlier count, or what bus 7's count leaves; counts above the route's
 * people are flagged as soon as they pass it.
 */
class SharedRouteCountsTest {
    private static final String RESOURCE = "/events/event-with-visits.yml";
    private static final Event EVENT = event();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT, "2026-11-24");

    @SuppressWarnings("unchecked")
    private static Event event() {
        Map<String, Object> tree = TestEvents.tree(RESOURCE);
        List<Map<String, Object>> vehicles = new ArrayList<>((List<Map<String, Object>>) tree.get("vehicles"));
        for (int i = 0; i < vehicles.size(); i++) {
            if (!"5".equals(String.valueOf(vehicles.get(i).get("id")))) continue;
            Map<String, Object> bus = new HashMap<>(vehicles.get(i));
            bus.put("liaisons", List.of(Map.of("name", "随车小周", "accounts", Map.of("sandbox", "bus5"))));
            vehicles.set(i, bus);
        }
        vehicles.add(Map.of("id", "7", "plate", "鄂Q·A1007", "driver", "李师傅", "seats", 45));
        tree.put("vehicles", vehicles);
        List<Map<String, Object>> visits = new ArrayList<>((List<Map<String, Object>>) tree.get("visits"));
        Map<String, Object> beihai = new HashMap<>(visits.get(0));
        beihai.put("vehicles", List.of("5", "7"));
        visits.set(0, beihai);
        tree.put("visits", visits);
        return ((EventReading.Valid) EventReader.read(RESOURCE, tree)).event();
    }

    @Test
    void allAboardBeforeTheOtherBusCountsIsAskedForTheFigure() {
        assertThat(f.groupHears("bus5", "13:20", "人齐了")).startsWith("请问是多少人？");
    }

    @Test
    void allAboardAfterTheOtherBusCountedIsWhatItLeavesOfTheRoute() {
        f.groupHears("tian", "13:15", "7号车实到10人");

        assertThat(f.groupHears("bus5", "13:20", "人齐了")).startsWith("已记录：5号车 实到12人");
    }

    @Test
    void allAboardAfterTheBussOwnCountConfirmsIt() {
        f.groupHears("bus5", "13:10", "实到15人");

        assertThat(f.groupHears("bus5", "16:20", "人齐了")).startsWith("已记录：5号车 实到15人");
    }

    @Test
    void countsAboveTheRoutesPeopleAreFlaggedBeforeEveryBusHasCounted() {
        String answer = f.groupHears("tian", "13:20", "7号车实到25人");

        assertThat(answer).contains("⚠北海线清点比应到多3人：实到25人 / 应到22人，请核对名单，已通知协调组。");
        assertThat(f.groupHears("tian", "13:21", "/visits")).contains("清点：1/2辆车已清点，实到25人 / 应到22人 ⚠多3人，请核对名单；5号车未清点");
    }
}
