package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.summary.HeadcountLine;

/**
 * Head counts of a team riding two buses (湖北, 60, on 1号车 and 2号车 of the games sample; trial 56): "人齐了" on
 * one of them is that bus's share, never the whole team, and the buses' sum above the team's size is flagged.
 */
class TeamBusesAllAboardTest {
    private static final Event EVENT = SampleEvents.games();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT, "2026-11-24");

    private List<String> counted() {
        return f.core.headcounts.board(LocalDate.of(2026, 11, 24)).stream()
                .filter(HeadcountLine::reported)
                .map(l -> l.vehicle().id() + ":" + l.counted())
                .toList();
    }

    @Test
    void allAboardOnTheSecondBusIsWhatTheFirstLeavesOfTheTeam() {
        f.groupHears("bus1", "06:55", "1号车实到30人");
        f.groupHears("bus2", "06:56", "2号车实到29人 还有一个在房间找证件 马上下来");

        String answer = f.groupHears("bus2", "06:58", "人齐了 出发");

        assertThat(answer).startsWith("已记录：2号车 实到30人（原报29人）").doesNotContain("60人");
        assertThat(counted()).containsExactly("1:30", "2:30");
    }

    @Test
    void allAboardBeforeTheOtherBusCountedConfirmsTheBussOwnCount() {
        f.groupHears("bus2", "06:56", "2号车实到29人");

        assertThat(f.groupHears("bus2", "06:58", "人齐了 出发")).startsWith("已记录：2号车 实到29人");
        assertThat(counted()).containsExactly("2:29");
    }

    @Test
    void allAboardWithNothingKnownOfTheBussShareAsksTheFigure() {
        String answer = f.groupHears("bus2", "06:58", "人齐了 出发");

        assertThat(answer).doesNotStartWith("已记录").doesNotContain("60");
        assertThat(counted()).isEmpty();
    }

    @Test
    void aBusOfATeamWithOneBusStillCountsTheWholeTeamOnAllAboard() {
        assertThat(f.groupHears("bus7", "06:58", "人齐了 出发")).startsWith("已记录：7号车 实到48人");
    }

    @Test
    void theTeamsBusesAboveItsSizeAreFlaggedOnTheAnswerAndTheBoard() {
        f.groupHears("bus1", "06:55", "1号车实到30人");

        String answer = f.groupHears("bus2", "06:56", "2号车实到35人");

        assertThat(answer).contains("湖北省代表团1、2号车合计实到65人，该团共60人 ⚠多5人，请核实");
        assertThat(f.groupHears("tian", "07:00", "车辆清点"))
                .contains("1号车（湖北省代表团） 实到30人")
                .contains("湖北省代表团1、2号车合计：实到65人 / 该团共60人 ⚠多5人");
    }

    @Test
    void theTeamsBusesWithinItsSizeAreSummedWithNoFlag() {
        f.groupHears("bus1", "06:55", "1号车实到30人");
        f.groupHears("bus2", "06:56", "2号车实到30人");

        assertThat(f.groupHears("tian", "07:00", "车辆清点"))
                .contains("湖北省代表团1、2号车合计：实到60人 / 该团共60人")
                .doesNotContain("⚠");
    }

    @Test
    void oneBusOfTheTeamCountedHasNoTeamLineYet() {
        f.groupHears("bus1", "06:55", "1号车实到30人");

        assertThat(f.groupHears("tian", "07:00", "车辆清点")).doesNotContain("合计");
    }
}
