package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/**
 * The evening before the last day: a meal eaten, then the team leaving with nothing of its own said about the leaving,
 * is the meal's figure; the leaving is the team's planned departure, no record of its own.
 */
class EatenThenLeavingTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-28T20:10");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jiangsu|江苏明天中午在餐厅吃完再走 34个|LUNCH|34",
                "anhui|安徽明天中午吃完再走 29人|LUNCH|29",
                "zhejiang|明天中午吃完饭再走 38人|LUNCH|38",
                "anhui|明天午饭在餐厅吃完再走 一共29个|LUNCH|29",
                "henan|河南明天早饭吃完就出发，39人|BREAKFAST|39",
            })
    void theFigureIsTheMealsAndTheLeavingThePlan(String sender, String text, String meal, int count) {
        assertThat(PARSER.read(text, sender).records())
                .as(text)
                .containsExactly(new MealCount(sender, TOMORROW, meal, count));
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖北明天中午60 吃完饭有8个人先走", "重庆明天午饭44 吃完直接走 1点的G3377"})
    void leavingWithItsOwnPeopleOrTrainIsStillADeparture(String text) {
        assertThat(PARSER.read(text, "hubei").records()).hasAtLeastOneElementOfType(Departure.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"明天中午吃完再走吗 34个", "江苏明天中午吃完再走"})
    void aQuestionOrNoFigureGivesNoMeal(String text) {
        assertThat(PARSER.read(text, "jiangsu").records()).noneMatch(MealCount.class::isInstance);
    }
}
