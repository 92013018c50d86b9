package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;

/**
 * Who reports another delegation's arrivals and departures (trial 55, items 7 and 9): the reception's own staff (the
 * conference sample's 机关服务中心, marked {@code staff}: the registration desk) report every delegation's; a bus
 * liaison those of the team their bus carries (the games sample: 3号车 is 湖南's), or of any team when the bus carries
 * none in particular (the conference's shuttles). Other delegations' meal figures stay refused. Real parser.
 */
class MovementReportersTest {
    private final ConversationFixture conference = ConversationFixture.parsing(SampleEvents.conference());
    private final ConversationFixture games = ConversationFixture.parsing(SampleEvents.games());

    @Test
    void theRegistrationDeskRecordsAnotherDelegationsArrival() {
        String answer = conference.answerTo("staff", "2026-12-08T11:00", "报到处：湖北厅7人刚到，已登记领卡");

        assertThat(answer)
                .contains("已记录")
                .contains("湖北")
                .contains("由苏杰（机关服务中心）报送；该团联络员何涛如有出入请更正")
                .doesNotContain("只能由");
        assertThat(conference.movementsOf("hubei"))
                .singleElement()
                .isInstanceOf(Arrival.class)
                .hasFieldOrPropertyWithValue("count", 7);
    }

    @Test
    void theRegistrationDeskRecordsADepartureButNotAnotherDelegationsMeal() {
        assertThat(conference.answerTo("staff", "2026-12-08T16:00", "湖北厅明天下午3点走 7个人"))
                .contains("已记录")
                .doesNotContain("只能由");
        assertThat(conference.movementsOf("hubei"))
                .anySatisfy(m -> assertThat(m).isInstanceOf(Departure.class));

        assertThat(conference.answerTo("staff", "2026-12-08T16:05", "湖北明天午饭5人"))
                .contains("只能由")
                .doesNotContain("已记录");
    }

    @Test
    void theDesksArrivalIsRecordedAndAMealFigureBesideItNamedAsNotRecorded() {
        String answer = conference.answerTo("staff", "2026-12-08T11:00", "湖北厅7人刚到 晚饭7个人都吃");

        assertThat(answer).contains("已记录").contains("抵达").contains("其他代表团的数字未记录");
        assertThat(conference.movementsOf("hubei")).singleElement().isInstanceOf(Arrival.class);
    }

    @Test
    void aShuttlesBusLiaisonRecordsAnyTeamsDeparture() {
        assertThat(conference.answerTo("bus3", "2026-12-08T20:00", "湖北7个人明天下午3点走"))
                .contains("已记录")
                .contains("由陆春兰（3号车随车联络员）报送")
                .doesNotContain("只能由");
        assertThat(conference.movementsOf("hubei"))
                .anySatisfy(m -> assertThat(m).isInstanceOf(Departure.class));
    }

    @Test
    void aTeamsOwnBusLiaisonRecordsItsDepartureNotAnotherTeamsNorItsMeals() {
        assertThat(games.answerTo("bus3", "2026-11-22T16:00", "湖南明天上午9点走 35个人"))
                .contains("已记录")
                .doesNotContain("只能由");
        assertThat(games.movementsOf("hunan")).anySatisfy(m -> assertThat(m).isInstanceOf(Departure.class));

        assertThat(games.answerTo("bus3", "2026-11-22T16:05", "湖北明天上午9点走 30个人")).contains("只能由");
        assertThat(games.movementsOf("hubei")).isEmpty();
        assertThat(games.answerTo("bus3", "2026-11-22T16:10", "湖南明天午饭30人")).contains("只能由");
    }
}
