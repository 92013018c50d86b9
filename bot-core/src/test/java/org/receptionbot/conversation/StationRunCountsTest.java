package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;

/**
 * A bus taking part of a team to a station or an airport (trial 56 #105, #116) expects the people leaving then, as the
 * team's departure says, not the team's size: no false shortfall goes to the coordinators (the games sample).
 */
class StationRunCountsTest {
    private static final Event EVENT = SampleEvents.games();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT, "2026-11-24");

    private List<String> toCoordinators() {
        return f.outbox.sentTo(COORDINATORS).stream().map(Reply::text).toList();
    }

    @Test
    void aStationRunOfThePeopleLeavingIsNoShortfall() {
        f.groupHears("shandong", "10:50", "山东今天下午有8个人先走 G1272 14:30的车");

        String answer = f.groupHears("bus12", "14:05", "12号车实到8人 送山东的去高铁站");

        assertThat(answer).startsWith("已记录：12号车 实到8人（应到8人）").doesNotContain("⚠");
        assertThat(toCoordinators()).noneMatch(t -> t.contains("12号车清点"));
    }

    @Test
    void theRunSaidWithItsFigureBeforeTheCountIsNoShortfallEither() {
        f.groupHears("sichuan", "10:30", "四川今天有12个人下午5点20坐G1234走");

        String answer = f.groupHears("bus7", "16:40", "7号车送四川12人去火车站 实到12人");

        assertThat(answer).startsWith("已记录：7号车 实到12人（应到12人）").doesNotContain("⚠");
        assertThat(toCoordinators()).noneMatch(t -> t.contains("7号车清点"));
    }

    @Test
    void theRunAfterTheTeamsMorningCountIsAnotherRideNotARecount() {
        f.groupHears("sichuan", "06:30", "四川今天有12个人下午5点20坐G1234走");
        f.groupHears("bus7", "07:00", "7号车实到48人");

        assertThat(f.groupHears("bus7", "16:40", "7号车送四川12人去火车站 实到12人"))
                .startsWith("已记录：7号车 实到12人（应到12人）")
                .doesNotContain("原报");
    }

    @Test
    void aStationRunShortOfThePeopleLeavingIsShortOfThem() {
        f.groupHears("sichuan", "10:30", "四川今天有12个人下午5点20坐G1234走");

        String answer = f.groupHears("bus7", "16:40", "7号车实到10人 送四川的去火车站");

        assertThat(answer).contains("应到12人").contains("⚠少2人");
        assertThat(toCoordinators()).anyMatch(t -> t.contains("7号车清点少2人"));
    }

    @Test
    void aMorningCountLongBeforeThePartLeavesIsStillAgainstTheTeam() {
        f.groupHears("sichuan", "06:30", "四川今天有12个人下午5点20坐G1234走");

        assertThat(f.groupHears("bus7", "07:00", "7号车实到40人")).contains("应到48人").contains("⚠少8人");
    }

    @Test
    void theRestOfTheTeamNearTheRunIsNotCheckedAgainstTheLeavers() {
        f.groupHears("sichuan", "10:30", "四川今天有12个人下午5点20坐G1234走");

        assertThat(f.groupHears("bus7", "15:30", "7号车实到36人")).doesNotContain("应到12人");
    }
}
