package org.receptionbot.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventReaderTest {

    @Test
    void readsTheReferenceEventFileAsItIs() {
        Event event = TestEvents.reference();

        assertThat(event.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(event.start()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(event.delegations()).hasSize(32);
        assertThat(event.delegation("bingtuan").orElseThrow().aliases()).containsExactly("兵团", "新疆兵团");
        assertThat(event.vehicle("3").orElseThrow().delegation()).isEqualTo("hunan");
        Meal breakfast = event.meal("BREAKFAST").orElseThrow();
        assertThat(breakfast.deadlineFor(LocalDate.of(2026, 11, 23)))
                .isEqualTo(LocalDate.of(2026, 11, 22).atTime(21, 0));
        assertThat(event.meal("LUNCH").orElseThrow().serveFrom()).isEqualTo(LocalTime.of(11, 30));
    }

    @Test
    void everyMealOfTheReferenceFileIsRegular() {
        assertThat(TestEvents.reference().meals()).noneMatch(Meal::onRequest);
    }

    @Test
    void aMealMarkedOnRequestIsReadAsOnRequest() {
        Event event = TestEvents.lateNightOnRequest();

        assertThat(event.meal("LATE_NIGHT").orElseThrow().onRequest()).isTrue();
        assertThat(event.meal("DINNER").orElseThrow().onRequest()).isFalse();
    }

    @Test
    void anOnRequestValueOtherThanTrueOrFalseIsReportedWithItsPlace() {
        Map<String, Object> tree = TestEvents.onRequestTree("/events/reference-event.yml", "LATE_NIGHT", "是");

        EventReading reading = EventReader.read("event.yml", tree);

        assertThat(((EventReading.Invalid) reading).problems()).singleElement().satisfies(p -> {
            assertThat(p.entry()).isEqualTo("meals[3]（LATE_NIGHT）.on_request");
            assertThat(p.message()).contains("true 或 false").contains("是");
        });
    }

    @Test
    void readsLiaisonsCoordinatorsChatsAndPlans() {
        Event event = TestEvents.withPeople();

        Delegation hunan = event.delegation("hunan").orElseThrow();
        assertThat(hunan.liaisons())
                .singleElement()
                .satisfies(p -> assertThat(p.is("sandbox", "hunan-li")).isTrue());
        assertThat(hunan.arrival().transport()).isEqualTo("G1234");
        assertThat(hunan.departure().time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(event.coordinators()).extracting(Person::name).containsExactly("田主任");
        assertThat(event.chats())
                .extracting(ChatDef::role)
                .containsExactly(ChatDef.Role.GROUP, ChatDef.Role.COORDINATORS);
    }

    @Test
    void reportsEveryProblemWithItsEntry() {
        EventReading reading = EventReader.read("broken.yml", TestEvents.tree("/events/broken-event.yml"));

        assertThat(reading).isInstanceOf(EventReading.Invalid.class);
        List<String> problems = ((EventReading.Invalid) reading)
                .problems().stream().map(EventProblem::toString).toList();
        assertThat(problems)
                .anyMatch(p -> p.startsWith("broken.yml: event.timezone: ") && p.contains("Asia/Shangai"))
                .anyMatch(p -> p.startsWith("broken.yml: event.end: ") && p.contains("早于开始日期"))
                .anyMatch(p -> p.startsWith("broken.yml: meals[0]（LUNCH）.deadline: ") && p.contains("不早于开餐时间"))
                .anyMatch(p -> p.startsWith("broken.yml: meals[1].id: ") && p.contains("重复"))
                .anyMatch(p -> p.startsWith("broken.yml: delegations[0]（hunan）.hotel: ") && p.contains("qingjiang"))
                .anyMatch(p -> p.startsWith("broken.yml: delegations[1]（hubei）.aliases: ") && p.contains("湖南"))
                .anyMatch(p -> p.startsWith("broken.yml: delegations[1]（hubei）.size: "))
                .anyMatch(p -> p.startsWith("broken.yml: vehicles[0]（3）.delegation: ") && p.contains("henan"));
        assertThat(problems).hasSize(8);
    }

    @Test
    void aPlatformAccountBelongsToOnePersonOnly() {
        Map<String, Object> tree = TestEvents.tree("/events/event-with-people.yml");
        Map<String, Object> second = new HashMap<>(Map.of("name", "赵敏", "accounts", Map.of("sandbox", "tian")));
        tree.put("coordinators", List.of(((List<?>) tree.get("coordinators")).get(0), second));

        EventReading reading = EventReader.read("people.yml", tree);

        assertThat(((EventReading.Invalid) reading).problems()).singleElement().satisfies(p -> {
            assertThat(p.entry()).isEqualTo("coordinators[1]（赵敏）.accounts.sandbox");
            assertThat(p.message()).contains("田主任");
        });
    }

    @Test
    void aChatIsListedOnceWithOneRole() {
        Map<String, Object> tree = TestEvents.tree("/events/event-with-people.yml");
        List<Object> chats = new java.util.ArrayList<>((List<?>) tree.get("chats"));
        chats.add(Map.of("platform", "sandbox", "id", "group", "name", "复制的群", "role", "CATERER"));
        tree.put("chats", chats);

        EventReading reading = EventReader.read("people.yml", tree);

        assertThat(((EventReading.Invalid) reading).problems()).singleElement().satisfies(p -> {
            assertThat(p.entry()).isEqualTo("chats[2].id");
            assertThat(p.message()).contains("重复", "接待工作群");
        });
    }

    @Test
    void anEmptyFileNamesWhatIsMissing() {
        EventReading reading = EventReader.read("empty.yml", Map.of());

        assertThat(((EventReading.Invalid) reading).problems())
                .extracting(EventProblem::entry)
                .contains("event", "event.name", "event.timezone", "meals", "venues", "delegations");
    }
}
