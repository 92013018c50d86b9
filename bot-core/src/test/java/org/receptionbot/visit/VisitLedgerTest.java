package org.receptionbot.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.testing.Sources;

/**
 * Who goes on which route. In the conference's plan hunan (7 people) has 3 on beihai and 3 on
 * liuzhou, shandong (9) 4 on baise and 4 on liuzhou, guangdong (8) 4 on baise and 4 on beihai,
 * jiangsu (9) 3 on baise and 5 on beihai, xinjiang (5) 5 on baise, zhejiang (8) 7 on liuzhou.
 */
class VisitLedgerTest {
    private final ConferenceVisits c = new ConferenceVisits();

    @Test
    void withoutReportsEachRouteCarriesTheEventFilesPlan() {
        RouteList beihai = c.route("beihai");

        assertThat(beihai.people("hunan")).isEqualTo(3);
        assertThat(beihai.total())
                .isEqualTo(c.event.route("beihai").orElseThrow().plannedTotal());
        assertThat(beihai.delegations()).allMatch(d -> !d.changed());
        assertThat(beihai.changes()).isEmpty();
    }

    @Test
    void aReportReplacesTheDelegationsFigureOnItsRouteOnly() {
        c.say("2026-12-08T11:02", "hunan-li", new Visit("hunan", "beihai", 5));

        assertThat(c.people("beihai", "hunan")).isEqualTo(5);
        assertThat(c.people("liuzhou", "hunan")).isEqualTo(3);
        VisitStep step = c.route("beihai").changes().get(0);
        assertThat(step.on("beihai")).isEqualTo(new Shift("beihai", 3, 5));
        assertThat(step.entry().source().senderName()).isEqualTo("hunan-li");
        assertThat(step.entry().source().at()).isEqualTo(Sources.instant("2026-12-08T11:02"));
        assertThat(c.route("liuzhou").changes()).isEmpty();
    }

    @Test
    void aSwitchMovesThePeopleFromTheRouteNamedToTheOther() {
        c.say("2026-12-09T07:40", "jiangsu", new VisitChange("jiangsu", 3, "baise", "beihai"));

        assertThat(c.people("baise", "jiangsu")).isZero();
        assertThat(c.people("beihai", "jiangsu")).isEqualTo(8);
        assertThat(c.route("baise").changes()).hasSize(1);
        assertThat(c.route("beihai").changes()).hasSize(1);
    }

    @Test
    void aNamedPersonSwitchingCountsAsOneOffTheDelegationsOnlyOtherRoute() {
        c.say("2026-12-08T16:20", "shandong", new VisitChange("shandong", 1, null, "liuzhou"));

        assertThat(c.people("baise", "shandong")).isEqualTo(3);
        assertThat(c.people("liuzhou", "shandong")).isEqualTo(5);
        assertThat(c.route("liuzhou").changes().get(0).flag()).isEqualTo(VisitFlag.NONE);
    }

    @Test
    void aSwitchWithNoRouteToLeaveAmongSeveralOnlyAddsAndIsFlagged() {
        c.say("2026-12-09T13:20", "staff", new VisitChange("guangdong", 1, null, "liuzhou"));

        assertThat(c.people("liuzhou", "guangdong")).isEqualTo(1);
        assertThat(c.people("baise", "guangdong")).isEqualTo(4);
        assertThat(c.people("beihai", "guangdong")).isEqualTo(4);
        assertThat(c.route("liuzhou").changes().get(0).flag()).isEqualTo(VisitFlag.FROM_UNKNOWN);
    }

    @Test
    void peopleDroppingOutLeaveTheRouteTheyWereOn() {
        c.say("2026-12-09T12:50", "xinjiang", new VisitChange("xinjiang", 2, null, null));

        assertThat(c.people("baise", "xinjiang")).isEqualTo(3);
        assertThat(c.route("baise").changes().get(0).on("baise")).isEqualTo(new Shift("baise", 5, 3));
    }

    @Test
    void aWholeDelegationDroppingOutLeavesEveryRouteOfTheDay() {
        c.say("2026-12-08T15:10", "hunan", new VisitChange("hunan", null, null, null));

        assertThat(c.people("beihai", "hunan")).isZero();
        assertThat(c.people("liuzhou", "hunan")).isZero();
    }

    @Test
    void theWholeDelegationOnOneRouteIsEveryoneThereAndNoOneElsewhere() {
        c.say("2026-12-08T15:10", "hunan", new Visit("hunan", "beihai", null));

        assertThat(c.people("beihai", "hunan")).isEqualTo(7);
        assertThat(c.people("liuzhou", "hunan")).isZero();
    }

    @Test
    void takingMorePeopleOffARouteThanItHasStopsAtZeroAndIsFlagged() {
        VisitChange tooMany = new VisitChange("hunan", 5, "beihai", null);
        assertThat(c.boards.trial(tooMany, ConferenceVisits.VISIT_DAY)).isEqualTo(VisitFlag.BELOW_ZERO);
        assertThat(c.boards.trial(new VisitChange("hunan", 2, "beihai", null), ConferenceVisits.VISIT_DAY))
                .isEqualTo(VisitFlag.NONE);

        c.say("2026-12-09T12:00", "hunan", tooMany);

        assertThat(c.people("beihai", "hunan")).isZero();
        assertThat(c.route("beihai").changes().get(0).flag()).isEqualTo(VisitFlag.BELOW_ZERO);
    }

    @Test
    void changesApplyInOrderAfterAReport() {
        c.say("2026-12-08T11:00", "hunan", new Visit("hunan", "liuzhou", 2));
        c.say("2026-12-08T12:00", "hunan", new VisitChange("hunan", 1, "beihai", "liuzhou"));
        c.say("2026-12-08T13:00", "hunan", new Visit("hunan", "beihai", 4));

        assertThat(c.people("beihai", "hunan")).isEqualTo(4);
        assertThat(c.people("liuzhou", "hunan")).isEqualTo(3);
        assertThat(c.route("beihai").changes()).hasSize(2);
        assertThat(c.route("liuzhou").changes()).hasSize(2);
    }

    @Test
    void aDelegationNotPlannedOnARouteJoinsItsList() {
        c.say("2026-12-08T11:00", "zhejiang", new VisitChange("zhejiang", 1, "liuzhou", "beihai"));

        assertThat(c.route("beihai").delegations()).contains(new DelegationLine("zhejiang", 0, 0, 1));
        assertThat(c.people("liuzhou", "zhejiang")).isEqualTo(6);
    }

    @Test
    void aWithdrawnReportNoLongerCounts() {
        var source = Sources.at("2026-12-08T11:02", "hunan");
        c.recorder.apply(source, java.util.List.of(new Visit("hunan", "beihai", 5)));
        c.recorder.withdraw(source.messageRef(), source);

        assertThat(c.people("beihai", "hunan")).isEqualTo(3);
    }

    @Test
    void peopleWhoLeftBeforeTheVisitDayLowerThePlan() {
        c.say("2026-12-08T09:00", "zhejiang", new Departure("zhejiang", LocalDate.of(2026, 12, 8), null, 2, null));

        DelegationLine zhejiang = line("liuzhou", "zhejiang");
        assertThat(zhejiang).isEqualTo(new DelegationLine("zhejiang", 7, 6, 6));
    }

    @Test
    void peopleLeavingBeforeDepartureFromATeamOnSeveralRoutesLeaveTheRoutesAsPlanned() {
        c.say(
                "2026-12-08T09:00",
                "hunan",
                new Departure("hunan", ConferenceVisits.VISIT_DAY, LocalTime.of(12, 0), 3, null));

        assertThat(line("beihai", "hunan")).isEqualTo(new DelegationLine("hunan", 3, 3, 3));
        // which route the 3 were on is asked in the conversation, not guessed here
        assertThat(line("liuzhou", "hunan")).isEqualTo(new DelegationLine("hunan", 3, 3, 3));
    }

    @Test
    void aDelegationGoneBeforeTheVisitGoesOnNoRouteAndOneLeavingThatEveningStillGoes() {
        c.say("2026-12-08T09:00", "hunan", new Departure("hunan", LocalDate.of(2026, 12, 8), null, null, null));
        c.say("2026-12-08T09:00", "xinjiang", new Departure("xinjiang", ConferenceVisits.VISIT_DAY, null, null, null));

        assertThat(c.people("beihai", "hunan")).isZero();
        assertThat(c.people("liuzhou", "hunan")).isZero();
        assertThat(c.people("baise", "xinjiang")).isEqualTo(5);
    }

    private DelegationLine line(String route, String delegation) {
        return c.route(route).delegations().stream()
                .filter(d -> d.delegation().equals(delegation))
                .findFirst()
                .orElseThrow();
    }
}
