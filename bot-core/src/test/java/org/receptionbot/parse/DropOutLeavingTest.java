package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * People of a route's group who leave the event at their own hour or by their own train, said before they drop
 * out, drop out of that route and leave: one change off the route and their departure.
 */
class DropOutLeavingTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(TestEvents.conference(), "2026-12-09T10:00").as("hubei");
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);

    private static void changeAndDeparture(ParseOutcome o, int people, String time) {
        assertThat(o).isInstanceOf(ParseOutcome.Understood.class);
        assertThat(o.records()).noneMatch(r -> r instanceof Visit);
        assertThat(o.records())
                .filteredOn(r -> r instanceof VisitChange)
                .singleElement()
                .isEqualTo(new VisitChange("hubei", people, "liuzhou", null));
        assertThat(o.records())
                .filteredOn(r -> r instanceof Departure)
                .singleElement()
                .isInstanceOfSatisfying(Departure.class, d -> {
                    assertThat(d.date()).isEqualTo(VISIT_DAY);
                    assertThat(d.time()).isEqualTo(LocalTime.parse(time));
                    assertThat(d.count()).isEqualTo(people);
                });
    }

    @Test
    void oneWhoDidNotGoBecauseTheyLeaveAtAnHourJustGoneLeavesTodayAndLowersTheRoute() {
        changeAndDeparture(PARSER.at("2026-12-09T15:05").read("湖北柳州线的6个 有1个下午3点要回武汉 没去成"), 1, "15:00");
    }

    @Test
    void hurryingBackToACityBeforeDroppingOutIsADepartureToo() {
        changeAndDeparture(PARSER.at("2026-12-09T10:00").read("湖北柳州线6个人 有一个下午4点要赶回武汉 去不了了"), 1, "16:00");
    }

    @Test
    void theirTrainAtAnHourAfterTheGroupWithItsRouteIsTheirDeparture() {
        changeAndDeparture(PARSER.at("2026-12-09T10:00").read("柳州线6个人里有2个下午3点的高铁回武汉 去不成了"), 2, "15:00");
    }

    @Test
    void leavingWithNoPlaceNamedAndNoTimeLeftToGoIsADepartureToo() {
        changeAndDeparture(PARSER.at("2026-12-09T10:00").read("湖北柳州那6个 有1个下午5点要走 来不及去了"), 1, "17:00");
    }

    @Test
    void aRouteNamedWithThePeopleWhoLeaveAndDropOutGivesBoth() {
        changeAndDeparture(PARSER.at("2026-12-09T10:00").read("柳州线有1个下午3点要回武汉 不去了"), 1, "15:00");
    }

    @Test
    void goingBackToTheirOfficeNearAtHandIsOnlyTheReason() {
        PARSER.at("2026-12-09T11:00")
                .check("我们柳州线的6位 其中1位下午两点要回单位 不去了")
                .records(new VisitChange("hubei", 1, "liuzhou", null));
    }
}
