package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;

/**
 * People said all registered ("江苏厅9人全部报到", "我们12个都报到了") are an arrival said as it happens (today's, the time
 * the message is sent); registering asked for, or on another day, is not.
 */
class RegisteredNowTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(org.receptionbot.event.TestEvents.reference(), "2026-11-18T15:00");

    @ParameterizedTest
    @CsvSource({"jiangsu, 江苏9人全部报到, 9", "jiangsu, 报到处：江苏厅9人全部报到，欢迎晚宴都参加, 9", "hunan, 我们12个都报到了, 12", "'', 河北队20人均报到, 20"
    })
    void allRegisteredIsAnArrivalSaidNow(String sender, String text, int people) {
        ParseOutcome read = PARSER.read(text, sender.isBlank() ? null : sender);

        assertThat(read.records())
                .as(text)
                .anySatisfy(r -> assertThat(r)
                        .isInstanceOfSatisfying(
                                Arrival.class, a -> assertThat(a.count()).isEqualTo(people)));
        assertThat(read.saidNow()).as(text).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"请各团今天全部报到", "江苏9人明天全部报到", "江苏9人全部报到了吗？"})
    void registeringAskedOrAheadIsNotSaidNow(String text) {
        ParseOutcome read = PARSER.read(text, "jiangsu");

        assertThat(read.saidNow()).as(text).isNull();
    }

    @ParameterizedTest
    @CsvSource({"刚才说的分两批就是原来那15个人 不是另外又走15个, false", "另外又走15个 下午走, true", "还有5个明天走, true"})
    void aFurtherGroupDeniedIsNoFurtherGroup(String text, boolean further) {
        ParseOutcome read = PARSER.read(text, "shandong");

        assertThat(read)
                .isInstanceOfSatisfying(
                        ParseOutcome.Understood.class,
                        u -> assertThat(u.further()).as(text).isEqualTo(further));
    }
}
