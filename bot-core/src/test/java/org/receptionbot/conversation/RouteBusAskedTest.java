package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Trial 69: a liaison asking which bus their route takes ("请问我们百色线坐几号车？") gets the route's buses. */
class RouteBusAskedTest {

    @ParameterizedTest
    @ValueSource(strings = {"请问我们百色线坐几号车？", "百色线坐的是几号车", "我们百色线坐哪几辆"})
    void theRoutesBusesAreListed(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-09");

        assertThat(f.soleAnswerTo("tianjin", "11:00", text)).as(text).startsWith("百色线用车（2辆）：\n1号车");
    }

    @ParameterizedTest
    @ValueSource(strings = {"我们百色线坐1号车的4个人都到了", "百色线坐几号车都行"})
    void aReportOrRemarkIsNoSuchQuestion(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-09");

        String answer = f.answerOrNull("tianjin", "11:00", text);

        assertThat(answer == null ? "" : answer).as(text).doesNotStartWith("百色线用车");
    }
}
