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
 * Session 34: people named by their move and left out of the figure said beside them ("甘肃明天早饭17个 先走的那批不算",
 * "湖北明天早饭57 三个回武汉的不算") report no movement: the meal's figure is the record. The same people said with a
 * day, a time or a train of their own, or not left out, still leave.
 */
class LeaversLeftOutOfFigureTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-23T19:50");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|甘肃明天早饭17个 先走的那批不算|gansu|BREAKFAST|17",
                "''|湖北明天早饭57 三个回武汉的不算|hubei|BREAKFAST|57",
                "sichuan|明早40 提前走的5个不算在内|sichuan|BREAKFAST|40",
                "''|河南明天午饭30 先走的那几个不包括|henan|LUNCH|30",
                "''|云南明天晚饭50人 回昆明的都不算|yunnan|DINNER|50",
                "hunan|湖南明天中午33个 先撤的那些不在内|hunan|LUNCH|33"
            })
    void leaversLeftOutOfTheMealFigureReportNoMovement(
            String sender, String text, String team, String meal, int count) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).containsExactly(new MealCount(team, TOMORROW, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''|湖北明天早饭57 三个回武汉的明天早上走|hubei|3", "''|湖北明天先走的5个不吃早饭|hubei|5", "''|甘肃明天先走8个 下午3点的G1234|gansu|8"})
    void leaversNotLeftOutStillLeave(String sender, String text, String team, int count) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records())
                .as(text)
                .anySatisfy(r -> assertThat(r).isInstanceOfSatisfying(Departure.class, d -> {
                    assertThat(d.delegation()).isEqualTo(team);
                    assertThat(d.count()).isEqualTo(count);
                }));
    }
}
