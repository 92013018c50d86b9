package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixtieth trial's finding 10 on the conference sample (registration day 12-08, visits on 12-09), read by the
 * real parser: 重庆 is planned on 百色线 alone (5), and its own switch put 2 of them on 北海线. A few of it leaving
 * before the visit are then not taken off 百色线 by the plan: the route is asked, as for a delegation planned on
 * several routes, and the reply naming it takes them off that one.
 */
class LeaverRouteTest {
    private static final String LEAVER = "重庆晚饭5个 明天中午4个 有一个明天上午要先走 坐G420 11点";

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-08");

    private String visits(String route) {
        return f.answerTo("huang", "2026-12-08T20:00", "/visits " + route);
    }

    @Test
    void aLeaverFromATeamItsOwnSwitchPutOnTwoRoutesIsAskedTheRoute() {
        f.answerTo("chongqing", "2026-12-08T10:31", "重庆百色线有2个改去北海");

        String answer = f.answerTo("chongqing", "2026-12-08T14:38", LEAVER);

        assertThat(answer).contains("离开 1人").contains("请问是哪条考察线路？").doesNotContain("百色线：重庆");
        assertThat(visits("百色线")).contains("重庆市住房和城乡建设委员会 3人");
        assertThat(visits("北海线")).contains("重庆市住房和城乡建设委员会 2人");
    }

    @ParameterizedTest
    @ValueSource(strings = {"北海线", "北海", "先走的那个是北海线的", "先走的那个是北海线的 不是百色的"})
    void theReplyNamingTheRouteTakesTheLeaverOffIt(String reply) {
        f.answerTo("chongqing", "2026-12-08T10:31", "重庆百色线有2个改去北海");
        f.answerTo("chongqing", "2026-12-08T14:38", LEAVER);

        assertThat(f.answerTo("chongqing", "2026-12-08T14:45", reply)).contains("北海线：重庆市住房和城乡建设委员会 1人");
        assertThat(visits("百色线")).contains("重庆市住房和城乡建设委员会 3人");
        assertThat(visits("北海线")).contains("重庆市住房和城乡建设委员会 1人");
    }

    @Test
    void aLeaverNamedWithTheRouteIsTakenOffItWithoutAsking() {
        f.answerTo("chongqing", "2026-12-08T10:31", "重庆百色线有2个改去北海");

        String answer = f.answerTo("chongqing", "2026-12-08T14:38", "重庆北海线那个同志明天上午先走 坐G420 11点");

        assertThat(answer).doesNotContain("请问");
        assertThat(visits("百色线")).contains("重庆市住房和城乡建设委员会 3人");
        assertThat(visits("北海线")).contains("重庆市住房和城乡建设委员会 1人");
    }

    /** On its one planned route still, the leaver comes off it as before, and a switch after it keeps them off. */
    @Test
    void aLeaverBeforeTheSwitchStaysOffTheRouteOfThePlan() {
        String answer = f.answerTo("chongqing", "2026-12-08T10:31", LEAVER);
        f.answerTo("chongqing", "2026-12-08T14:38", "重庆百色线有2个改去北海");

        assertThat(answer).doesNotContain("请问").contains("百色线：重庆市住房和城乡建设委员会 5→4人");
        assertThat(visits("百色线")).contains("重庆市住房和城乡建设委员会 2人");
        assertThat(visits("北海线")).contains("重庆市住房和城乡建设委员会 2人");
    }
}
