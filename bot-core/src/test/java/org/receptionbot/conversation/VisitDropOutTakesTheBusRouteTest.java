package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bus liaison's report of someone who got off on the way, naming no route, from a delegation with people on several
 * routes: the route the liaison's bus serves alone is the one left, not asked. On the conference sample 6号车 carries
 * 柳州线 only, and 湖南 has people on 北海线 and 柳州线 (real parser). A delegation's own sender, or a bus whose route
 * the delegation is not on, is still asked the route.
 */
class VisitDropOutTakesTheBusRouteTest {
    private static final String ASKED = "请问是哪条考察线路";
    private static final String GOT_OFF = "6号车有一个湖南的同志中途下车了 身体不舒服 司机送他回南宁了";

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-09");

    @Test
    void aBusLiaisonsDropOutLeavesTheRouteTheBusCarries() {
        String answer = f.answerTo("bus6", "14:40", GOT_OFF);

        assertThat(answer).doesNotContain(ASKED).contains("柳州线");
        assertThat(f.answerTo("huang", "14:45", "/visits 柳州线")).contains("湖南省住房和城乡建设厅 2人");
    }

    @Test
    void theRouteOfTheLiaisonsBusIsTheOneLeftLaterInTheAfternoon() {
        String answer = f.groupHears("bus6", "15:30", GOT_OFF);

        assertThat(answer).doesNotContain(ASKED).contains("柳州线");
    }

    @Test
    void aBusWhoseRouteTheDelegationIsNotOnStillAsks() {
        assertThat(f.answerTo("bus1", "12:40", "北京有一个同志不去考察了")).contains(ASKED);
    }

    @Test
    void aDelegationsOwnLiaisonIsStillAsked() {
        assertThat(f.answerTo("hunan", "12:40", "有一个同志不去考察了")).contains(ASKED);
    }

    @Test
    void aDelegationsSenderSayingTheDropOutIsStillAskedTheRoute() {
        assertThat(f.groupHears("hunan", "15:30", "我们有一个同志中途下车了 身体不舒服 司机送他回南宁了"))
                .contains(ASKED);
    }
}
