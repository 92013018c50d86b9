package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;

/**
 * A bus liaison back from looking for missing people says everyone is there and how many: the head count of the
 * bus they ride; with no bus named nor known, the bot asks which.
 */
class FoundAllAboardTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());
    private static final Instant NOW =
            OffsetDateTime.parse("2026-11-24T17:30:00+08:00").toInstant();

    @ParameterizedTest
    @CsvSource({
        "找到了 人齐了 48, 48",
        "找着了 都在车上了 一共45, 45",
        "那个小伙子找着了 人齐了 52, 52",
        "两个上厕所的也上车了 人齐了 四十八, 48",
        "人找到了 齐了 50个, 50"
    })
    void isTheCountOfTheLiaisonsBus(String text, int count) {
        assertThat(PARSER.parse(text, NOW, "hunan", "3").contractRecords())
                .singleElement()
                .isInstanceOfSatisfying(Headcount.class, h -> {
                    assertThat(h.vehicle()).isEqualTo("3");
                    assertThat(h.count()).isEqualTo(count);
                });
    }

    @ParameterizedTest
    @CsvSource({"找到了 人齐了 48", "找着了 都在车上了 一共45", "那个小伙子找着了 人齐了 52"})
    void withNoBusKnownAsksWhichBus(String text) {
        ParseOutcome outcome = PARSER.parse(text, NOW, "hunan");
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ParseOutcome.Incomplete.class,
                        i -> assertThat(i.gaps()).extracting(Gap::missing).containsExactly(Gap.Field.VEHICLE));
    }
}
