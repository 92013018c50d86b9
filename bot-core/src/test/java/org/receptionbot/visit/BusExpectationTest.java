package org.receptionbot.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;

/** What one bus of a route should carry: only what the event file says, never a split made up. */
class BusExpectationTest {
    private static final Vehicle ONE = bus("1", null);
    private static final Vehicle TWO = bus("2", null);

    private static Vehicle bus(String id, String delegation) {
        return new Vehicle(id, "桂A·" + id, "师傅", null, delegation, 45, List.of());
    }

    private static RouteList route(Vehicle... buses) {
        VisitRoute r = new VisitRoute(
                "baise",
                "百色线",
                List.of(),
                LocalDate.parse("2026-12-09"),
                LocalTime.of(13, 30),
                LocalTime.of(17, 0),
                null,
                List.of(buses).stream().map(Vehicle::id).toList(),
                Map.of("hunan", 30, "guizhou", 20));
        return new RouteList(
                r,
                List.of(new DelegationLine("hunan", 30, 30, 30), new DelegationLine("guizhou", 20, 20, 18)),
                List.of(),
                List.of(buses).stream().map(b -> new BusCount(b, null, null)).toList(),
                null);
    }

    @Test
    void theOneBusOfARouteCarriesTheRoutesPeople() {
        assertThat(route(ONE).expected(ONE)).isEqualTo(48);
    }

    @Test
    void busesWithoutTheirDelegationsNamedGetNoShareOfTheRoute() {
        assertThat(route(ONE, TWO).expected(ONE)).isNull();
    }

    @Test
    void eachBusCarryingItsOwnDelegationCarriesThatDelegationsPeople() {
        Vehicle hunan = bus("1", "hunan");
        Vehicle guizhou = bus("2", "guizhou");

        assertThat(route(hunan, guizhou).expected(guizhou)).isEqualTo(18);
    }

    @Test
    void aDelegationWithNoBusOfItsOwnLeavesEveryBusWithoutAShare() {
        Vehicle hunan = bus("1", "hunan");

        assertThat(route(hunan, TWO).expected(hunan)).isNull();
    }
}
