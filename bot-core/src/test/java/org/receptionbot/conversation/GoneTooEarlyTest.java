package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new user's trial on the departure day: people said about to leave ("江苏34人要出发了") or not gone ("还没出发") are not
 * confirmed as gone, and people said gone hours before the one departure waiting (06:00 for 11:30) are asked which they
 * are; said gone near its hour, the departure is confirmed as before.
 */
class GoneTooEarlyTest {
    private static final LocalDate EVE = LocalDate.of(2026, 11, 28);

    private static ConversationFixture leavingDay() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");
        f.briefings().departureChecks(EVE, ConversationFixture.time("2026-11-28T20:00"));
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"江苏34人要出发了", "江苏34个要离开了", "江苏34人还没出发", "江苏34人还没出发了"})
    void aDepartureToComeIsNotConfirmedGone(String text) {
        String answer = leavingDay().answerOrNull("jiangsu", "09:30", text);

        assertThat(answer == null ? "" : answer).as(text).doesNotContain("已离开");
    }

    @ParameterizedTest
    @ValueSource(strings = {"江苏34人出发了", "江苏34人已经出发了", "江苏34个走了"})
    void goneHoursBeforeTheDepartureIsAsked(String text) {
        ConversationFixture f = leavingDay();

        String answer = f.answerTo("jiangsu", "06:00", text);

        assertThat(answer).as(text).doesNotContain("已离开").contains("11:30");
        assertThat(f.movementsOf("jiangsu")).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"江苏34人出发了", "江苏34人已经出发了", "江苏34个走了"})
    void goneNearItsHourIsConfirmed(String text) {
        assertThat(leavingDay().answerTo("jiangsu", "09:30", text)).as(text).contains("已离开");
    }
}
