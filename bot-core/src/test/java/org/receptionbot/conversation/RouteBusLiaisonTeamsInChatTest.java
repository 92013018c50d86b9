package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 46 on the conference sample (routes on 9 December; 1、2号车 百色线, 3–5、9号车 北海线, 6、7号车 柳州线): a route
 * bus's liaison may report about the teams planned on that route, not about others; someone making their own way to
 * the site is acknowledged with the list unchanged, from a bus liaison or from the team's liaison; a route's people at
 * its site are no arrival at the event; a switch from one of several routes asks the route left.
 */
class RouteBusLiaisonTeamsInChatTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

    @Test
    void aReturnCountNamingATeamOfTheRouteIsRecorded() {
        String answer = f.answerTo("bus3", "2026-12-09T17:00", "3号车 北海返程 实到27 少1个 河北那个处长留在北海了 明天自己回");

        assertThat(answer).contains("3号车 实到27人").doesNotContain("只能由");
    }

    @Test
    void aTeamOffTheBussRouteIsStillRefused() {
        String answer = f.answerTo("bus2", "2026-12-09T13:40", "湖北晚饭少1个");

        assertThat(answer).contains("只能由");
    }

    @ParameterizedTest
    @CsvSource({
        "guizhou, 柳州线我们4个都到了, 贵州省住房和城乡建设厅 柳州线4人",
        "hunan, 北海线我们3个已经到了, 湖南省住房和城乡建设厅 北海线3人",
        "henan, 我们百色线的到了, 河南省住房和城乡建设厅 百色线人员"
    })
    void aRoutesPeopleAtTheSiteAreAcknowledgedNotAnArrival(String sender, String text, String said) {
        String answer = f.answerTo(sender, "2026-12-09T16:35", text);

        assertThat(answer).as(text).startsWith("已收到：" + said + "已到达考察地点").doesNotContain("待抵达");
    }

    @Test
    void aSwitchFromOneOfSeveralRoutesAsksTheRouteLeftThenMovesOne() {
        String question = f.answerTo("jiangsu", "2026-12-08T15:00", "李处改去柳州线");

        assertThat(question).startsWith("请问是从哪条考察线路改去柳州线的？请回复原来的线路，如“百色线”。");
        assertThat(f.answerTo("jiangsu", "2026-12-08T15:01", "北海那边的")).contains("由北海线改为柳州线");
        assertThat(f.core.visits.people("beihai", "jiangsu")).isEqualTo(4);
        assertThat(f.core.visits.people("liuzhou", "jiangsu")).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "bus2, 辽宁那个同志说自己打车去百色 不用等了, 辽宁省住房和城乡建设厅 百色线",
        "liaoning, 我们百色线有1个没赶上2号车 他自己打车过去了, 辽宁省住房和城乡建设厅 百色线",
        "bus6, 湖北那个同志没赶上车 自己打车追过去了, 湖北省住房和城乡建设厅 柳州线",
        "sichuan, 北海线有个处长没赶上车 自己开车过去, 四川省住房和城乡建设厅 北海线"
    })
    void someoneMakingTheirOwnWayIsAcknowledgedWithTheListUnchanged(String sender, String text, String said) {
        int before = f.core.visits.people("baise", "liaoning");

        String answer = f.answerTo(sender, "2026-12-09T13:40", text);

        assertThat(answer).as(text).startsWith("已收到：" + said + "有人员自行前往").endsWith("名单人数不作调整。");
        assertThat(f.core.visits.people("baise", "liaoning")).isEqualTo(before);
    }
}
