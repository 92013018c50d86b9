package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.visit.VisitBoards;

/**
 * Switches to a route that name no route left, on the conference sample (湖南: 北海线 3, 柳州线 3; 湖北: 柳州线 6):
 * from a delegation with people on one other route that day they leave it; with people on several, the chat asks
 * which route they leave and the answer fills it. A correction restating a switch already recorded moves no one
 * again.
 */
class SwitchesFromAnUnnamedRouteTest {
    private static final Event EVENT = SampleEvents.conference();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);
    private final VisitBoards boards = new VisitBoards(EVENT, f.ledger);

    private int people(String route, String delegation) {
        return boards.list(route).orElseThrow().people(delegation);
    }

    @Test
    void aSwitchFromADelegationOnTwoOtherRoutesAsksWhichRouteItLeaves() {
        String answer = f.answerTo("hunan", "2026-12-09T09:00", "湖南有1人改去百色");

        assertThat(answer).startsWith("请问是从哪条考察线路改去百色线的？请回复原来的线路，如“北海线”。");
        assertThat(people("baise", "hunan")).isZero();
        assertThat(people("beihai", "hunan")).isEqualTo(3);

        assertThat(f.answerTo("hunan", "2026-12-09T09:01", "柳州")).contains("柳州线");
        assertThat(people("liuzhou", "hunan")).isEqualTo(2);
        assertThat(people("beihai", "hunan")).isEqualTo(3);
        assertThat(people("baise", "hunan")).isEqualTo(1);
    }

    @Test
    void aSwitchFromADelegationOnOneOtherRouteLeavesThatRoute() {
        String answer = f.answerTo("hubei", "2026-12-09T09:00", "湖北有1人改去百色");

        assertThat(answer).doesNotContain("请问");
        assertThat(people("liuzhou", "hubei")).isEqualTo(5);
        assertThat(people("baise", "hubei")).isEqualTo(1);
    }

    @Test
    void aSwitchWithTheRouteLeftSaidAfterItMovesOnePerson() {
        f.answerTo("hunan", "2026-12-09T09:00", "李处改去柳州 北海线我们就剩2个了");

        assertThat(people("beihai", "hunan")).isEqualTo(2);
        assertThat(people("liuzhou", "hunan")).isEqualTo(4);
    }

    @Test
    void aCorrectionRestatingTheSwitchDoesNotMoveAnyoneAgain() {
        f.answerTo("hunan", "2026-12-09T09:00", "李处改去柳州 北海线我们就剩2个了");
        f.answerTo("hunan", "2026-12-09T09:05", "不对 只有李处1个人改去柳州 北海线还是2个");

        assertThat(people("beihai", "hunan")).isEqualTo(2);
        assertThat(people("liuzhou", "hunan")).isEqualTo(4);
    }

    @Test
    void aCalledBackPersonBeforeTheFigureSaidLastIsNoDeparture() {
        f.answerTo("hubei", "2026-12-09T09:00", "湖北柳州线6人 有1个同志临时被叫回去开会了 所以去5个");

        assertThat(people("liuzhou", "hubei")).isEqualTo(5);
        assertThat(f.ledger.activeMovements()).isEmpty();
    }
}
