package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.Event;

/**
 * An arrival or a departure at a clock time said roughly (大概三点左右, 晚上9点左右) is recorded at that time: an
 * approximate time is a time, not an estimated figure (the national games sample, real parser).
 */
class ApproximateTimesTest {
    private static final Event EVENT = SampleEvents.games();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @ParameterizedTest
    @ValueSource(strings = {"我们大概三点左右到", "晚上9点左右才到", "差不多下午4点到酒店", "预计5点半左右抵达", "大约晚上八点到", "明天大概10点多走"})
    void aRoughClockTimeIsRecordedWithNoEstimateNoteOrQuestion(String text) {
        int before = f.outbox.sentTo(GROUP).size();
        f.say("guangxi", "2026-11-24T09:10", text);
        assertThat(f.outbox.sentTo(GROUP)).as("one answer to %s", text).hasSize(before + 1);
        String answer = f.lastTo(GROUP).text();

        assertThat(answer).startsWith("已记录").doesNotContain("估计").doesNotContain("请问");
    }
}
