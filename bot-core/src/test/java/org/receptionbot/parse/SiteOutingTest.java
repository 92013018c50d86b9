package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/**
 * Trial 63's "北京明天早饭打包5份 7点前走去考察点踩点": going out early to a place of the event (a visit point, the
 * meeting hall, a venue) or to ready one (踩点, 看场地, 布置) is no departure; the airport, a train or a home city
 * keep it one.
 */
class SiteOutingTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T14:00");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 12, 9);

    @ParameterizedTest
    @CsvSource({
        "beijing, 北京明天早饭打包5份 7点前走去考察点踩点, 5",
        "hunan, 明天早饭打包4份 6点半出发去会场布置, 4",
        "hebei, 河北明天早饭打包3份 6点半就走 去现场踩点, 3",
        "guangxi, 明早早饭打包6份 7点出发去考察点看场地, 6"
    })
    void goingOutToReadyAPlaceOfTheEventIsOnlyThePacking(String team, String text, int portions) {
        PARSER.check(text, team).records(new MealCount(team, TOMORROW, "BREAKFAST", portions));
    }

    @ParameterizedTest
    @CsvSource({
        "hebei, 河北明天早饭打包5份 7点走去机场, 07:00",
        "shandong, 明天早饭打包5份 7点前走 回济南, 07:00",
        "hubei, 明天早饭打包5份 7点走 坐高铁去看场地, 07:00"
    })
    void theAirportATrainOrAHomeCityKeepItADeparture(String team, String text, String time) {
        PARSER.check(text, team)
                .thenRecords()
                .anySatisfy(r -> org.assertj.core.api.Assertions.assertThat(r)
                        .isInstanceOfSatisfying(
                                Departure.class,
                                d -> org.assertj.core.api.Assertions.assertThat(d.time())
                                        .isEqualTo(LocalTime.parse(time))));
    }
}
