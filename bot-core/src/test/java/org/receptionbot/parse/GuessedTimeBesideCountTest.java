package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;

/**
 * A guess word before a stretch of time or a clock time (大概40分钟到酒店, 大约3点到) guesses when, not how many: the bus's
 * count beside it stays its count. A guess at the people (大概30个, 14人左右) is still asked for.
 */
class GuessedTimeBesideCountTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-18T15:40");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2号车接到湖北14位 刚上车 大概40分钟到酒店|2|14|hubei",
                "3号车实到35人 大概二十分钟到民宿|3|35|hunan",
                "5号车实到55 大约4点到土家山寨|5|55|yunnan",
                "9号车实到47人 大概还要半个小时|9|47|xinjiang"
            })
    void theCountStaysBesideAGuessedTime(String text, String vehicle, int count, String team) {
        var read = AT.read(text, null);

        assertThat(read.records()).as(text).containsExactly(new Headcount(vehicle, count, team));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2号车大概14人", "2号车实到大概40个 还要20分钟", "2号车实到 大概40 分不清"})
    void aGuessedFigureIsStillAsked(String text) {
        var read = AT.read(text, null);

        assertThat(read.records()).as(text).noneMatch(Headcount.class::isInstance);
        assertThat(read).isInstanceOf(ParseOutcome.Incomplete.class);
        assertThat(((ParseOutcome.Incomplete) read).gaps()).anyMatch(g -> g.missing() == Gap.Field.COUNT);
    }
}
