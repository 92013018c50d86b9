package org.receptionbot.visit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Visit;

/** Liuzhou plans 61 people on buses 6 and 7; beihai 84 on buses 3, 4, 5 and car 9. */
class VisitBoardsTest {
    private final ConferenceVisits c = new ConferenceVisits();

    @Test
    void aRouteIsFoundByIdNameOrAliasAndAllRoutesWithoutOne() {
        assertThat(c.boards.board("北海", null).routes())
                .extracting(l -> l.route().id())
                .containsExactly("beihai");
        assertThat(c.boards.board("柳州线", null).routes())
                .extracting(l -> l.route().id())
                .containsExactly("liuzhou");
        assertThat(c.boards.board(null, ConferenceVisits.VISIT_DAY).routes())
                .extracting(l -> l.route().id())
                .containsExactly("baise", "beihai", "liuzhou");
        assertThat(c.boards.board("桂林", null).routes()).isEmpty();
        assertThat(c.boards.board(null, ConferenceVisits.VISIT_DAY.plusDays(1)).routes())
                .isEmpty();
    }

    @Test
    void withoutSeatCountsInTheFileNoRouteIsOverItsSeats() {
        RouteList beihai = c.route("beihai");

        assertThat(beihai.seats()).isNull();
        assertThat(beihai.overSeats()).isFalse();
    }

    @Test
    void aRouteWithMorePeopleThanItsBusesSeatIsOver() {
        ConferenceVisits small = ConferenceVisits.withSeats(30);
        assertThat(small.route("liuzhou").seats()).isEqualTo(60);
        assertThat(small.route("liuzhou").total()).isEqualTo(61);
        assertThat(small.route("liuzhou").overSeats()).isTrue();

        small.say("2026-12-09T10:00", "hunan", new Visit("hunan", "liuzhou", 2));

        assertThat(small.route("liuzhou").overSeats()).isFalse();
    }

    @Test
    void theBusesLastHeadCountsAreComparedWithTheRoutesPeopleOnceAllHaveCounted() {
        c.say("2026-12-09T08:00", "bus6", new Headcount("6", 12, null));
        c.say("2026-12-09T13:25", "bus6", new Headcount("6", 28, null));
        c.say("2026-12-09T13:35", "bus6", new Headcount("6", 30, null));

        RouteList liuzhou = c.route("liuzhou");
        assertThat(liuzhou.buses()).extracting(BusCount::counted).containsExactly(30, null);
        assertThat(liuzhou.allCounted()).isFalse();
        assertThat(liuzhou.missing()).isZero();

        c.say("2026-12-09T13:36", "bus7", new Headcount("7", 25, null));

        liuzhou = c.route("liuzhou");
        assertThat(liuzhou.counted()).isEqualTo(55);
        assertThat(liuzhou.missing()).isEqualTo(6);
    }

    @Test
    void aBusHeadCountShowsOnItsRouteAsSoonAsItIsReportedThatDay() {
        c.say("2026-12-09T09:00", "bus6", new Headcount("6", 40, null));

        assertThat(c.route("liuzhou").buses()).extracting(BusCount::counted).containsExactly(40, null);
    }

    @Test
    void aHeadCountThatMeetsTheExpectedPeopleLeavesNothingMissing() {
        c.say("2026-12-09T13:35", "bus6", new Headcount("6", 31, null));
        c.say("2026-12-09T13:35", "bus7", new Headcount("7", 30, null));

        assertThat(c.route("liuzhou").missing()).isZero();
        assertThat(c.route("liuzhou").extra()).isZero();
    }

    @Test
    void busesCarryingMoreThanTheRouteExpectsCountTheExtraPeople() {
        c.say("2026-12-09T13:35", "bus6", new Headcount("6", 33, null));
        c.say("2026-12-09T13:35", "bus7", new Headcount("7", 30, null));

        assertThat(c.route("liuzhou").extra()).isEqualTo(2);
        assertThat(c.route("liuzhou").missing()).isZero();
    }
}
