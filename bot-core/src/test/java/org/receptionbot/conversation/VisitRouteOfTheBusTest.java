package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A drop-out said by a bus liaison names no route, but the bus does: on the conference sample 6号车 carries 柳州线 only,
 * and 湖南 has people on 北海线 and 柳州线 (real parser).
 */
class VisitRouteOfTheBusTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

    @Test
    void aBusLiaisonsDropOutLeavesTheRouteTheBusCarries() {
        String answer = f.answerTo("bus6", "2026-12-09T14:40", "6号车有一个湖南的同志中途下车了 身体不舒服 司机送他回南宁了");

        assertThat(answer).doesNotContain("请问是哪条考察线路").contains("柳州线");
        assertThat(f.answerTo("huang", "2026-12-09T14:45", "/visits 柳州线")).contains("湖南省住房和城乡建设厅 2人");
    }

    @Test
    void aBusWhoseRouteTheDelegationIsNotOnStillAsks() {
        String answer = f.answerTo("bus1", "2026-12-09T12:40", "北京有一个同志不去考察了");

        assertThat(answer).contains("请问是哪条考察线路");
    }

    @Test
    void aDelegationsOwnLiaisonIsStillAsked() {
        String answer = f.answerTo("hunan", "2026-12-09T12:40", "有一个同志不去考察了");

        assertThat(answer).contains("请问是哪条考察线路");
    }
}
