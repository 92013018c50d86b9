package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "1号车实到30人，比名单少2个，江西有2个说不去了": a bus short by people who drop out of the visit in the same message
 * is no one to look for: the drop-out is recorded and no "还差…人未到" goes to the coordinators. People short beyond
 * the drop-outs, or short with no drop-out, are still told.
 */
class BusShortByDropOutsTest {
    private static ConversationFixture conference() {
        return ConversationFixture.parsing(SampleEvents.conference(), "2026-12-09");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1号车实到30人，比名单少2个，江西有2个说不去了 临时回房间休息",
                "1号车实到30 少了1个 江西有1个同志说不去了",
            })
    void peopleShortWhoDroppedOutAreNoneToLookFor(String said) {
        ConversationFixture f = conference();

        String answer = f.answerTo("bus1", "13:40", said);

        assertThat(answer).as(said).contains("不参加").doesNotContain("人未到");
        assertThat(f.outbox.sentTo(ConversationFixture.COORDINATORS))
                .as(said)
                .noneMatch(r -> r.text().contains("人未到"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1号车实到29 少了3个 江西有2个说不去了|1", "1号车实到30 还差2个在找|2"})
    void peopleShortBeyondTheDropOutsAreStillTold(String said, int missing) {
        ConversationFixture f = conference();

        String answer = f.answerTo("bus1", "13:40", said);

        assertThat(answer).as(said).contains("⚠1号车还差" + missing + "人未到");
    }
}
