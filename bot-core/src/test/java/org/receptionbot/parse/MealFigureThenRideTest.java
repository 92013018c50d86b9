package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/**
 * Session 34: a meal's figure, then past a space a departure at its own hour ("甘肃明早早饭4个 十点钟走") or on its own
 * day with its subject before the ride ("天津早饭明天30个 后天我们坐早上8点05的G1606走"), are two statements: the figure
 * is the meal's, never the count of the people leaving.
 */
class MealFigureThenRideTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-27T20:20");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|甘肃明早早饭4个 十点钟走|gansu|BREAKFAST|4|2026-11-28",
                "hunan|明天早饭30个 九点钟走|hunan|BREAKFAST|30|2026-11-28",
                "''|天津的早饭明天30个 后天我们坐早上8点05的G1606走|tianjin|BREAKFAST|30|2026-11-29",
                "''|河北明天午饭36人 后天咱们坐早上7点的车走|hebei|LUNCH|36|2026-11-29",
                "''|山东明天早饭41 后天我们乘MU2570走|shandong|BREAKFAST|41|2026-11-29"
            })
    void theFigureIsTheMealsAndTheDepartureHasNoCount(
            String sender, String text, String team, String meal, int count, LocalDate leaving) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).contains(new MealCount(team, TOMORROW, meal, count));
        assertThat(read.records())
                .as(text)
                .anySatisfy(r -> assertThat(r).isInstanceOfSatisfying(Departure.class, d -> {
                    assertThat(d.date()).isEqualTo(leaving);
                    assertThat(d.count()).isNull();
                }));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''|甘肃明天走 十点钟出发 4个|gansu|4", "''|天津明天30个 我们坐早上8点05的G1606走|tianjin|30"})
    void aFigureOfTheLeaversStaysTheDeparturesCount(String sender, String text, String team, int count) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records())
                .as(text)
                .anySatisfy(r -> assertThat(r).isInstanceOfSatisfying(Departure.class, d -> {
                    assertThat(d.delegation()).isEqualTo(team);
                    assertThat(d.count()).isEqualTo(count);
                }));
    }
}
