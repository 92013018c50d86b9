package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.summary.HeadcountLine;

/**
 * Chat answers to messages of a new-user trial, read by the real parser: another delegation's bus counted
 * beside meal figures, a bus liaison's recount with no bus named, portions kept beside a served meal's count,
 * and a leader staying behind beside unchanged route figures.
 */
class BusCountsAndRouteDropOutsTest {
    private static final LocalDate GAMES_DAY = LocalDate.parse("2026-11-23");
    private static final LocalDate VISIT_DAY = LocalDate.parse("2026-12-09");

    @Test
    void anotherDelegationsBusCountedBesideMealFiguresIsHeldForConfirmation() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo("qinghai", "2026-11-23T09:10", "青海中午27个 晚饭27个 3号车 实到27人");

        assertThat(answer).contains("3号车是湖南省代表团的用车（您是青海省代表团联络员）。确认后，青海省代表团在3号车的人数记为27人");
        assertThat(counted(f, GAMES_DAY)).isEmpty();
    }

    @Test
    void aBusLiaisonsRecountWithNoBusNamedCorrectsTheBusTheyJustCounted() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say("bus3", "2026-12-09T13:40", "3号车实到40人");

        String answer = f.answerTo("bus3", "2026-12-09T13:42", "不对 刚才数错了 是41个");

        assertThat(answer).contains("3号车").contains("41");
        assertThat(counted(f, VISIT_DAY)).singleElement().satisfies(l -> {
            assertThat(l.vehicle().id()).isEqualTo("3");
            assertThat(l.counted()).isEqualTo(41);
        });
    }

    @Test
    void portionsKeptForLateComersArePassedOnAsAMealMatterWhenTheServedCountIsRefused() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo("guangdong", "2026-11-23T12:00", "广东中午实际来了35个 有两个还在比赛 给他们留两份饭");

        assertThat(answer).contains("该餐已开餐").contains("问题#1 【餐饮】").contains("留两份饭");
        assertThat(f.issue(1).issue().category()).isEqualTo(IssueCategory.MEAL);
        assertThat(f.lastTo(COORDINATORS).text()).contains("留两份饭");
    }

    @Test
    void aLeaderNotGoingBesideRouteFiguresThatLeaveRoomForHimAsksNoRoute() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerTo("hunan", "2026-12-09T10:00", "湖南厅北海线3个 柳州线3个 不变 另外1个领导不去考察 在酒店休息");

        assertThat(answer).contains("北海线 3人").contains("柳州线 3人").doesNotContain("请问");
    }

    @Test
    void aBusLiaisonsRecountSaidTooLowWithItsReasonCorrectsTheirBus() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say("bus3", "2026-12-09T13:20", "3号车实到40人");

        String answer = f.answerTo("bus3", "2026-12-09T13:22", "不对 刚才少数了 是41 有个小孩坐在前面没看见");

        assertThat(answer).contains("3号车").contains("41");
        assertThat(counted(f, VISIT_DAY))
                .singleElement()
                .satisfies(l -> assertThat(l.counted()).isEqualTo(41));
    }

    @Test
    void oneWhoDidNotBoardAndWentBackToTheHotelIsTakenOffTheRoute() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerTo("fujian", "2026-12-09T14:00", "福建北海线原来6个 有1个身体不舒服没上车 回酒店了");

        assertThat(answer).contains("不参加北海线考察");
        assertThat(f.core.visits.people("beihai", "fujian")).isEqualTo(5);
    }

    @Test
    void aBusLiaisonsDropOutAtTheirBusIsAskedWhose() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        assertThat(f.answerTo("bus3", "2026-12-09T14:05", "3号车有2个不去了 回酒店了")).contains("请问是哪个代表团");
    }

    private static List<HeadcountLine> counted(ConversationFixture f, LocalDate day) {
        return f.core.headcounts.board(day).stream()
                .filter(HeadcountLine::reported)
                .toList();
    }
}
