package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.Event;
import org.receptionbot.visit.VisitBoards;

/**
 * A route's figure with the rest switched to another route in the same message ("北海线我们去4个 另外2个改去柳州线"): the
 * figure already says who stays, so the switch adds to the route joined and takes no one more off the route left.
 */
class SwitchBesideRouteFigureTest {
    private static final Event EVENT = SampleEvents.conference();

    @ParameterizedTest
    @CsvSource({
        "fujian, 北海线我们去4个 另外2个改去柳州线, beihai, 4, liuzhou, 2",
        "fujian, 北海我们就去3个 另外3个换到百色线, beihai, 3, baise, 3",
        "hubei, 柳州线我们去5个 另外1个改去百色, liuzhou, 5, baise, 1",
        "hubei, 我们柳州线去4个人 另外2个改去北海线, liuzhou, 4, beihai, 2"
    })
    void theFigureStaysAndTheSwitchedJoinTheOtherRoute(
            String team, String text, String stay, int staying, String joined, int joining) {
        ConversationFixture f = ConversationFixture.parsing(EVENT);
        VisitBoards boards = new VisitBoards(EVENT, f.ledger);
        f.answerTo(team, "2026-12-09T09:00", text);
        assertThat(boards.list(stay).orElseThrow().people(team)).isEqualTo(staying);
        assertThat(boards.list(joined).orElseThrow().people(team)).isEqualTo(joining);
    }
}
