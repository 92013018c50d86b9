package org.receptionbot.visit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.record.Headcount;

/** Liuzhou leaves at 13:30 on buses 6 and 7: its boarding window opens at 11:30. */
class BoardingTest {
    private final ConferenceVisits c = new ConferenceVisits();
    private final Boarding boarding = new Boarding(c.event.zone());

    private BusCount bus6() {
        return c.route("liuzhou").buses().get(0);
    }

    @Test
    void aCountFromTwoHoursBeforeDepartureOnIsABoardingCount() {
        c.say("2026-12-09T11:30", "bus6", new Headcount("6", 30, null));

        assertThat(boarding.counted(c.route("liuzhou").route(), bus6())).isTrue();
    }

    @Test
    void anEarlierCountOfTheDayShowsButIsNoBoardingCount() {
        c.say("2026-12-09T11:29", "bus6", new Headcount("6", 30, null));

        assertThat(bus6().counted()).isEqualTo(30);
        assertThat(boarding.counted(c.route("liuzhou").route(), bus6())).isFalse();
    }

    @Test
    void aBoardingCountReplacesTheMorningsAndABusWithoutACountHasNone() {
        c.say("2026-12-09T09:00", "bus6", new Headcount("6", 12, null));
        c.say("2026-12-09T13:20", "bus6", new Headcount("6", 30, null));

        RouteList liuzhou = c.route("liuzhou");
        assertThat(boarding.counted(liuzhou.route(), liuzhou.buses().get(0))).isTrue();
        assertThat(boarding.counted(liuzhou.route(), liuzhou.buses().get(1))).isFalse();
    }
}
