package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.MessageParser;

/** The forms the "没能看懂" answer shows are read by the parser, for the sender they are shown to. */
class UnclearExamplesTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());
    private static final Instant SUNDAY_0900 = Instant.parse("2026-11-22T01:00:00Z");

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "今晚少5人, hunan",
                "明天午餐30人, hunan",
                "明天上午10人先走, hunan",
                "3号车实到42人, hunan",
                "湖南今晚少5人, -",
                "湖南明天午餐30人, -",
                "湖南明天上午10人先走, -",
                "3号车实到42人, -"
            })
    void anExampleIsRead(String example, String sender) {
        assertThat(PARSER.parse(example, SUNDAY_0900, sender)).isInstanceOf(ParseOutcome.Understood.class);
    }
}
