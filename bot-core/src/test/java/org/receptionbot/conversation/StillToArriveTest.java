package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trial 69: a coordinator asking which delegations have not arrived ("还有谁没到", "今天还有哪些团没到") is answered from
 * the arrivals on file, the day's arrivals not yet said done; one said done is not listed.
 */
class StillToArriveTest {

    @ParameterizedTest
    @ValueSource(strings = {"还有谁没到", "今天还有哪些团没到", "还有哪几个团没到？", "请问还有谁没来"})
    void theDaysArrivalsNotDoneAreListed(String question) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-08");
        f.answerTo("tianjin", "09:10", "天津4个人都到了");

        String answer = f.answerTo("huang", "09:20", question);

        assertThat(answer).as(question).startsWith("12月8日（周二） 尚未确认到达").contains("（已到达1项）");
        assertThat(answer).as(question).doesNotContain("天津");
    }

    @ParameterizedTest
    @ValueSource(strings = {"天津还有2个没到", "还有谁没到酒店 麻烦催一下", "还有2个没到"})
    void aReportOrARequestIsNoSuchQuestion(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-08");

        String answer = f.answerOrNull("huang", "09:20", text);

        assertThat(answer == null ? "" : answer).as(text).doesNotContain("尚未确认到达");
    }
}
