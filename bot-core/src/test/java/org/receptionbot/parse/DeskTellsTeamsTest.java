package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Movement;

/**
 * Trial 60: the registration desk opening a report of several delegations ("报到处这边 天津4位 大连3位都报到了") is who
 * speaks; every delegation named with its figure arrives, the first one too.
 */
class DeskTellsTeamsTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T08:20");

    @ParameterizedTest
    @ValueSource(strings = {"报到处这边 天津4位 大连3位都报到了 房卡已发", "报到处：天津4位 大连3位都到了", "报到台 天津4人 大连3人已到"})
    void eachDelegationNamedArrives(String text) {
        assertThat(PARSER.read(text, null).records())
                .as(text)
                .filteredOn(r -> r instanceof Arrival)
                .extracting(r -> ((Arrival) r).delegation() + " " + ((Arrival) r).count())
                .containsExactlyInAnyOrder("tianjin 4", "dalian 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"报到处这边 还有3个人没领卡", "报到处这边 天津4位 大连3位还没到", "报到处这边 天津4位 大连3位明天报到吗"})
    void noOneSaidComeArrives(String text) {
        assertThat(PARSER.read(text, null).records()).as(text).noneMatch(r -> r instanceof Movement);
    }
}
