package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;

/**
 * A meal's figure followed by a guessed hour of coming back (回来可能8点多, 回来大概9点多, 估计回来要7点多了): the figure
 * is the meal's count; 多 after the hour is past it, no more diners. An added figure stays an addition.
 */
class GuessedReturnAfterMealFigureTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ParserFixture GAMES = ParserFixture.of(TestEvents.reference(), "2026-11-24T07:10");
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-11-24T07:10");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "false|hubei|湖北今晚晚饭50人 回来可能8点多|50",
                "true|cuwa|水协今晚晚饭3人 从北海回来可能8点多 麻烦给留一下|3",
                "false|hunan|湖南今天晚饭32个 回来大概9点多|32",
                "false|henan|今晚晚餐40人 估计回来要7点多了|40",
                "true|cuwa|水协晚饭3个 回来估计8点多 给留一下|3",
                "false|jiangsu|江苏今晚晚饭28人 比赛完回来可能要8点多|28",
                "false|hubei|晚饭30人 回来都9点多了|30",
                "false|hubei|湖北今晚晚饭50人 8点多回来|50"
            })
    void theFigureBeforeAGuessedReturnIsTheMealsCount(boolean conference, String team, String text, int people) {
        assertThat((conference ? CONFERENCE : GAMES).read(text, team).records())
                .containsExactly(new MealCount(team, TODAY, "DINNER", people));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei|晚饭加5人 回来可能8点多|5", "jiangsu|晚饭多加3个 回来可能8点多|3"})
    void anAddedFigureStaysAnAddition(String team, String text, int people) {
        GAMES.check(text, team).records(new MealAdd(team, TODAY, "DINNER", people));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei|回来可能8点多", "hubei|大家回来可能8点多 晚饭的事晚点再报"})
    void aGuessedReturnAloneIsNoRecord(String team, String text) {
        GAMES.check(text, team).noRecords();
    }
}
