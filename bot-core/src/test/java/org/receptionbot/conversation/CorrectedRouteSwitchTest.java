package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.visit.VisitBoards;

/**
 * Trial 52: a route switch just made, said again the right way with a word that it was wrong ("不对不对 反了 是柳州的1个改去
 * 北海"), replaces the switch made instead of being applied on top of it; on the conference sample (湖南: 北海线 3, 柳州线
 * 3; 湖北: 柳州线 6).
 */
class CorrectedRouteSwitchTest {
    private static final Event EVENT = SampleEvents.conference();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);
    private final VisitBoards boards = new VisitBoards(EVENT, f.ledger);

    private int people(String route, String delegation) {
        return boards.list(route).orElseThrow().people(delegation);
    }

    @Test
    void aSwitchSaidTheOtherWayRoundReplacesTheOneMade() {
        f.answerTo("hunan", "2026-12-09T08:40", "湖南北海线有1个改去柳州");
        assertThat(people("beihai", "hunan")).isEqualTo(2);

        String answer = f.answerTo("hunan", "2026-12-09T08:42", "不对不对 反了 是柳州的1个改去北海 不好意思");

        assertThat(answer).startsWith("已更正");
        assertThat(people("beihai", "hunan")).isEqualTo(4);
        assertThat(people("liuzhou", "hunan")).isEqualTo(2);
    }

    @Test
    void anotherRouteNamedInsteadKeepsTheRouteTheSwitchLeft() {
        f.answerTo("hunan", "2026-12-09T09:00", "湖南北海线有1个改去柳州");

        f.answerTo("hunan", "2026-12-09T09:03", "说错了 是北海的1个改去百色 不是柳州");

        assertThat(people("beihai", "hunan")).isEqualTo(2);
        assertThat(people("liuzhou", "hunan")).isEqualTo(3);
        assertThat(people("baise", "hunan")).isEqualTo(1);
    }

    @Test
    void aSwitchWithNoWordOfAMistakeIsAnotherSwitch() {
        f.answerTo("hunan", "2026-12-09T09:00", "湖南北海线有1个改去柳州");

        f.answerTo("hunan", "2026-12-09T09:05", "柳州的1个改去北海");

        assertThat(people("beihai", "hunan")).isEqualTo(3);
        assertThat(people("liuzhou", "hunan")).isEqualTo(3);
    }

    @Test
    void aCorrectionLongAfterTheSwitchIsNotTakenAsOne() {
        f.answerTo("hubei", "2026-12-09T08:00", "湖北柳州线有2个改去北海");

        f.answerTo("hubei", "2026-12-09T10:00", "不对 柳州线有1个改去百色");

        assertThat(people("beihai", "hubei")).isEqualTo(2);
        assertThat(people("liuzhou", "hubei")).isEqualTo(3);
        assertThat(people("baise", "hubei")).isEqualTo(1);
    }
}
