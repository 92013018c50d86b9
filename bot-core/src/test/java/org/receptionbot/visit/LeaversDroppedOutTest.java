package org.receptionbot.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.record.Departure;
import org.receptionbot.record.VisitChange;

/**
 * "浙江柳州线7个人有2个不去了，上午开完会直接回杭州": the drop-out and the same people's departure in one message take
 * them off the route once. zhejiang (8) has 7 on liuzhou in the conference's plan.
 */
class LeaversDroppedOutTest {
    private final ConferenceVisits c = new ConferenceVisits();

    @Test
    void aDropOutAndTheLeaversDepartureInOneMessageLowerTheRouteOnce() {
        c.say(
                "2026-12-09T09:20",
                "zhejiang",
                new VisitChange("zhejiang", 2, "liuzhou", null),
                new Departure("zhejiang", ConferenceVisits.VISIT_DAY, LocalTime.of(10, 0), 2, null));

        assertThat(c.people("liuzhou", "zhejiang")).isEqualTo(5);
    }

    @Test
    void aDepartureSentApartStillLowersTheRoute() {
        c.say("2026-12-09T09:20", "zhejiang", new VisitChange("zhejiang", 2, "liuzhou", null));
        c.say(
                "2026-12-09T09:30",
                "zhejiang",
                new Departure("zhejiang", ConferenceVisits.VISIT_DAY, LocalTime.of(10, 0), 2, null));

        assertThat(c.people("liuzhou", "zhejiang")).isEqualTo(4);
    }

    @Test
    void moreLeavingThanDropOutStillLowerThePlan() {
        c.say(
                "2026-12-09T09:20",
                "zhejiang",
                new VisitChange("zhejiang", 1, "liuzhou", null),
                new Departure("zhejiang", ConferenceVisits.VISIT_DAY, LocalTime.of(10, 0), 3, null));

        assertThat(c.people("liuzhou", "zhejiang")).isEqualTo(4);
    }
}
