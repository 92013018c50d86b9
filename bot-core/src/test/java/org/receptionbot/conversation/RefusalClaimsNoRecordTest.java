package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 60: a change to a meal being served is refused, with a note on the reason that could not be read; the note
 * must not say "以上已记录的无需重发" when nothing was recorded ("湖南中午少一个 高处长在开会" at 12:10).
 */
class RefusalClaimsNoRecordTest {

    @ParameterizedTest
    @CsvSource({"hunan,12:10,湖南中午少一个 高处长在开会", "hebei,18:12,河北晚上又少一个 刘科临时有事出去了"})
    void aRefusedServedMealClaimsNothingRecorded(String team, String at, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerTo(team, "2026-12-08T" + at, text);

        assertThat(answer).contains("未记录").doesNotContain("以上已记录");
    }
}
