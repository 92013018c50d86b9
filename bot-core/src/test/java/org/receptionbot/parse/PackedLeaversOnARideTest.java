package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/**
 * Session 44: people leaving early with their breakfast packed, who take a ride at its hour ("宁夏有6个队员明天一早走
 * 6点的车 早饭打包6份"), leave the event as a ticket makes them: a departure of theirs at that hour beside the packed
 * breakfast of the portions. An early start with no ride (一早走, 6点就走, 6点的车去赛场) stays the packed breakfast only.
 */
class PackedLeaversOnARideTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T09:30");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "-|宁夏有6个队员明天一早走 6点的车 早饭打包6份|ningxia|6|06:00",
                "-|湖南明天有8个人一早走 7点的车 早饭打包8份|hunan|8|07:00",
                "-|云南有8个队员明天早上走 坐六点半的车 早餐打包8份|yunnan|8|06:30",
                "jiangxi|明天一早有4个教练走 5点40的车 早饭打包4份|jiangxi|4|05:40"
            })
    void theRideAtItsHourIsTheirDepartureBesideThePackedBreakfast(
            String sender, String text, String team, int people, String time) {
        AT.check(text, sender)
                .understood()
                .records(
                        new Departure(team, TOMORROW, LocalTime.parse(time), people, null),
                        new MealCount(team, TOMORROW, "BREAKFAST", people));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "-|宁夏有6个队员明天一早走 早饭打包6份|ningxia|6",
                "-|贵州明早打包早餐10份 有10个运动员6点就走|guizhou|10",
                "-|贵州明早打包早餐10份 有10个运动员6点的车去赛场|guizhou|10"
            })
    void anEarlyStartWithNoRideStaysThePackedBreakfast(String sender, String text, String team, int portions) {
        AT.check(text, sender).records(new MealCount(team, TOMORROW, "BREAKFAST", portions));
    }
}
