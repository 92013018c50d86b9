package org.receptionbot.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitsReadingTest {

    @Test
    void readsTheReferenceConferenceWithItsRoutes() {
        Event event = TestEvents.conference();

        assertThat(event.visits()).extracting(VisitRoute::id).containsExactly("baise", "beihai", "liuzhou");
        VisitRoute beihai = event.route("beihai").orElseThrow();
        assertThat(beihai.words()).containsExactly("北海线", "北海", "北海组", "北海考察组");
        assertThat(beihai.departure()).isEqualTo(LocalDate.of(2026, 12, 9).atTime(13, 30));
        assertThat(beihai.arrive()).isEqualTo(LocalTime.of(16, 30));
        assertThat(beihai.site()).isEqualTo(new VisitSite("北海市住房和城乡建设局", "陈科长", "0779-0000102"));
        assertThat(event.vehiclesOf(beihai))
                .extracting(Vehicle::plate)
                .containsExactly("桂A·H3103", "桂A·H3104", "桂A·H3105", "桂A·H3109");
        assertThat(beihai.planned("hunan")).isEqualTo(3);
        assertThat(beihai.planned("qinghai")).isZero();
        assertThat(beihai.plan().keySet()).startsWith("beijing", "hebei", "neimenggu");
        assertThat(beihai.plannedTotal()).isEqualTo(86);
    }

    @Test
    void findsRoutesByNameOrAliasAndByVehicle() {
        Event event = TestEvents.conference();

        assertThat(event.routeNamed("柳州组")).map(VisitRoute::id).contains("liuzhou");
        assertThat(event.routeNamed("百色线")).map(VisitRoute::id).contains("baise");
        assertThat(event.routeNamed("桂林")).isEmpty();
        assertThat(event.routesOf("9")).extracting(VisitRoute::id).containsExactly("beihai");
        assertThat(event.routesOf("13")).isEmpty();
    }

    @Test
    void anEventWithoutVisitsHasNoRoutes() {
        assertThat(TestEvents.reference().visits()).isEmpty();
        assertThat(TestEvents.reference().routeNamed("北海")).isEmpty();
    }

    @Test
    void aSiteChatBelongsToItsRoute() {
        Map<String, Object> tree = conference();
        tree.put(
                "chats",
                List.of(
                        chat("group", "GROUP", null),
                        chat("site-beihai", "SITE", "beihai"),
                        chat("site-bs", "site", "baise")));

        Event event = ((EventReading.Valid) EventReader.read("conference.yml", tree)).event();

        assertThat(event.siteChats("beihai")).extracting(ChatDef::id).containsExactly("site-beihai");
        assertThat(event.siteChats("baise")).singleElement().satisfies(c -> {
            assertThat(c.role()).isEqualTo(ChatDef.Role.SITE);
            assertThat(c.visit()).isEqualTo("baise");
        });
        assertThat(event.siteChats("liuzhou")).isEmpty();
    }

    @Test
    void aVehicleMayServeTwoRoutesWhenTheirTimesDoNotOverlap() {
        Map<String, Object> tree = conference();
        route(tree, 2).put("depart", "17:30");
        route(tree, 2).put("arrive", "19:00");
        vehicles(tree, 2).add("1");

        assertThat(EventReader.read("conference.yml", tree)).isInstanceOf(EventReading.Valid.class);
    }

    @Test
    void readsSeatsAndBusLiaisonsOfVehicles() {
        Map<String, Object> tree = conference();
        vehicle(tree, 0).put("seats", 45);
        vehicle(tree, 0).put("liaisons", List.of(Map.of("name", "刘洋", "accounts", Map.of("sandbox", "bus1"))));
        vehicle(tree, 1).put("seats", 45);

        Event event = ((EventReading.Valid) EventReader.read("conference.yml", tree)).event();

        assertThat(event.seatsOf(event.route("baise").orElseThrow())).hasValue(90);
        assertThat(event.seatsOf(event.route("beihai").orElseThrow())).isEmpty();
        assertThat(event.vehiclesRiddenBy("sandbox", "bus1"))
                .extracting(Vehicle::id)
                .containsExactly("1");
        assertThat(TestEvents.conference().vehicle("1").orElseThrow().liaisons())
                .isEmpty();
    }

    static Map<String, Object> conference() {
        return TestEvents.tree("/events/reference-conference.yml");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> route(Map<String, Object> tree, int index) {
        return (Map<String, Object>) ((List<Object>) tree.get("visits")).get(index);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> vehicle(Map<String, Object> tree, int index) {
        return (Map<String, Object>) ((List<Object>) tree.get("vehicles")).get(index);
    }

    @SuppressWarnings("unchecked")
    static List<Object> vehicles(Map<String, Object> tree, int index) {
        return (List<Object>) route(tree, index).get("vehicles");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plan(Map<String, Object> tree, int index) {
        return (Map<String, Object>) route(tree, index).get("plan");
    }

    @SuppressWarnings("unchecked")
    static List<Object> aliases(Map<String, Object> tree, int index) {
        return (List<Object>) route(tree, index).get("aliases");
    }

    static Map<String, Object> chat(String id, String role, String visit) {
        Map<String, Object> chat = new LinkedHashMap<>(Map.of("platform", "sandbox", "id", id, "role", role));
        if (visit != null) chat.put("visit", visit);
        return chat;
    }
}
