package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;

/**
 * A bus liaison's report of someone who got off on the way, naming no route, from a delegation with people on
 * several routes: the route the liaison's bus serves alone is the one left, not asked (the conference sample, real
 * parser).
 */
class VisitDropOutFromOwnBusTest {
    private static final Event EVENT = SampleEvents.conference();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT, "2026-12-09");

    @Test
    void theRouteOfTheLiaisonsBusIsTheOneLeft() {
        String answer = f.groupHears("bus6", "15:30", "6号车有一个湖南的同志中途下车了 身体不舒服 司机送他回南宁了");

        assertThat(answer).doesNotContain("请问是哪条考察线路").contains("柳州线");
    }

    @Test
    void aDelegationsSenderIsStillAskedTheRoute() {
        String answer = f.groupHears("hunan", "15:30", "我们有一个同志中途下车了 身体不舒服 司机送他回南宁了");

        assertThat(answer).contains("请问是哪条考察线路");
    }
}
