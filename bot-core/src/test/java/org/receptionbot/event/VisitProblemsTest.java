package org.receptionbot.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.event.VisitsReadingTest.aliases;
import static org.receptionbot.event.VisitsReadingTest.chat;
import static org.receptionbot.event.VisitsReadingTest.conference;
import static org.receptionbot.event.VisitsReadingTest.plan;
import static org.receptionbot.event.VisitsReadingTest.route;
import static org.receptionbot.event.VisitsReadingTest.vehicle;
import static org.receptionbot.event.VisitsReadingTest.vehicles;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.Test;

/** A broken copy of the reference conference gives its one problem, with its place. */
class VisitProblemsTest {

    @Test
    void anUnknownVehicleOnARoute() {
        Map<String, Object> tree = conference();
        vehicles(tree, 0).add("15");

        onlyProblem(tree, "visits[0]（baise）.vehicles[2]")
                .satisfies(p -> assertThat(p.message()).isEqualTo("未知的车辆 id“15”"));
    }

    @Test
    void anUnknownDelegationInAPlan() {
        Map<String, Object> tree = conference();
        plan(tree, 0).put("taiwan", 3);

        onlyProblem(tree, "visits[0]（baise）.plan.taiwan")
                .satisfies(p -> assertThat(p.message()).contains("未知的代表团 id“taiwan”"));
    }

    @Test
    void aPlanLargerThanTheDelegation() {
        Map<String, Object> tree = conference();
        plan(tree, 0).put("tianjin", 5);

        onlyProblem(tree, "visits[0]（baise）.plan.tianjin")
                .satisfies(p -> assertThat(p.message()).contains("0 到 4"));
    }

    @Test
    void plansOnRoutesAtTheSameTimeLargerThanTheDelegation() {
        Map<String, Object> tree = conference();
        plan(tree, 2).put("hunan", 5);

        onlyProblem(tree, "visits[2]（liuzhou）.plan.hunan")
                .satisfies(p -> assertThat(p.message())
                        .contains("beihai、liuzhou")
                        .contains("8 人")
                        .contains("7"));
    }

    @Test
    void aVehicleOnTwoRoutesAtTheSameTime() {
        Map<String, Object> tree = conference();
        vehicles(tree, 2).add("1");

        onlyProblem(tree, "visits[2]（liuzhou）.vehicles")
                .satisfies(p -> assertThat(p.message())
                        .contains("车辆“1”")
                        .contains("baise")
                        .contains("时间重叠"));
    }

    @Test
    void anArrivalBeforeTheDeparture() {
        Map<String, Object> tree = conference();
        route(tree, 1).put("arrive", "12:00");

        onlyProblem(tree, "visits[1]（beihai）.arrive")
                .satisfies(p -> assertThat(p.message()).contains("12:00").contains("13:30"));
    }

    @Test
    void aRouteDateOutsideTheEvent() {
        Map<String, Object> tree = conference();
        route(tree, 0).put("date", "2026-12-12");

        onlyProblem(tree, "visits[0]（baise）.date")
                .satisfies(p -> assertThat(p.message()).contains("2026-12-08 至 2026-12-10"));
    }

    @Test
    void aRepeatedRouteId() {
        Map<String, Object> tree = conference();
        route(tree, 2).put("id", "beihai");

        onlyProblem(tree, "visits[2].id").satisfies(p -> assertThat(p.message()).contains("重复"));
    }

    @Test
    void anAliasOfAnotherRoute() {
        Map<String, Object> tree = conference();
        aliases(tree, 2).add("北海");

        onlyProblem(tree, "visits[2]（liuzhou）.aliases")
                .satisfies(p -> assertThat(p.message()).isEqualTo("名称“北海”已用于路线 beihai"));
    }

    @Test
    void aSiteChatNamingAnUnknownRoute() {
        Map<String, Object> tree = conference();
        tree.put("chats", List.of(chat("site", "SITE", "guilin")));

        onlyProblem(tree, "chats[0].visit")
                .satisfies(p -> assertThat(p.message()).contains("guilin").contains("baise、beihai、liuzhou"));
    }

    @Test
    void aSiteChatWithoutItsRoute() {
        Map<String, Object> tree = conference();
        tree.put("chats", List.of(chat("site", "SITE", null)));

        onlyProblem(tree, "chats[0].visit");
    }

    @Test
    void aVehicleWithoutSeats() {
        Map<String, Object> tree = conference();
        vehicle(tree, 0).put("seats", 0);

        onlyProblem(tree, "vehicles[0]（1）.seats");
    }

    private static ObjectAssert<EventProblem> onlyProblem(Map<String, Object> tree, String entry) {
        EventReading reading = EventReader.read("broken.yml", tree);

        assertThat(reading).isInstanceOf(EventReading.Invalid.class);
        List<EventProblem> problems = ((EventReading.Invalid) reading).problems();
        assertThat(problems).singleElement().extracting(EventProblem::entry).isEqualTo(entry);
        return assertThat(problems.get(0));
    }
}
