package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;

/** The parser marks a movement said as a further group, so the conversation records it beside an earlier one. */
class FurtherGroupTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(TestEvents.reference(), "2026-11-22T09:00").as("hunan");

    @ParameterizedTest
    @ValueSource(strings = {"另外10个人25号下午3点走", "又有5个人明天下午走", "还有8个人25号坐G1234走"})
    void aMovementSaidAsAFurtherGroupIsMarked(String text) {
        assertThat(PARSER.read(text))
                .isInstanceOfSatisfying(
                        ParseOutcome.Understood.class,
                        u -> assertThat(u.further()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10个人25号下午3点走 坐G1234", "另外晚饭加3人"})
    void aMovementWithoutSuchAWordOrAMealIsNotMarked(String text) {
        assertThat(PARSER.read(text))
                .isInstanceOfSatisfying(
                        ParseOutcome.Understood.class,
                        u -> assertThat(u.further()).isFalse());
    }
}
