package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;

/**
 * Trial 60 (finding 5): one meal eaten in sittings, each with its figure ("午饭分两批吃 第一批4个11点半 第二批4个12点半"),
 * is the sittings' sum, not the last sitting's figure.
 */
class MealInSittingsTest {
    private final MessageParser sports = new MessageParser(TestEvents.reference());
    private final MessageParser conference = new MessageParser(TestEvents.conference());

    private static ParseOutcome read(MessageParser parser, String now, String team, String text) {
        return parser.parse(text, OffsetDateTime.parse(now + "+08:00").toInstant(), team);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jingwei|警卫局8人 午饭分两批吃 第一批4个11点半 第二批4个12点半|2026-12-08|LUNCH|8",
                "jingwei|午饭分两批 第一批4个 第二批4个|2026-12-08|LUNCH|8",
                "jingwei|警卫局晚饭分两批吃 第一批5个 第二批3个 8点以后|2026-12-08|DINNER|8"
            })
    void sittingsOfTheConferenceAreTheirSum(String team, String text, LocalDate day, String meal, int count) {
        assertThat(read(conference, "2026-12-08T09:38:00", team, text).records())
                .as(text)
                .containsExactly(new MealCount(team, day, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|湖北晚饭分两拨 第一拨20人 第二拨16人|DINNER|36",
                "hubei|湖北中午分三批吃 第一批20个 第二批20个 第三批20个|LUNCH|60",
                "hunan|晚饭分两批吃 第一批二十个 第二批十五个|DINNER|35",
                // a total said after the sittings is the count
                "hubei|晚饭分两批吃 先30个后25个 一共还是55个|DINNER|55"
            })
    void sittingsOfTheGamesAreTheirSum(String team, String text, String meal, int count) {
        assertThat(read(sports, "2026-11-23T09:30:00", team, text).records())
                .as(text)
                .containsExactly(new MealCount(team, LocalDate.of(2026, 11, 23), meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // another figure said beside the sittings that is not their sum
                "jingwei|警卫局10人 午饭分两批吃 第一批4个 第二批4个|8",
                // leaving in batches is no meal
                "jingwei|警卫局明天分两批走 第一批4个 第二批4个|8"
            })
    void sittingsThatAreNotTheMealsDiners(String team, String text, int sum) {
        assertThat(read(conference, "2026-12-08T09:38:00", team, text).records())
                .as(text)
                .noneMatch(r -> r instanceof MealCount m && m.count() != null && m.count() == sum);
    }
}
