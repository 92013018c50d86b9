package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/**
 * People going out early in the morning with portions packed for them are the packed breakfast, no departure; the
 * same figure leaving in the evening is a departure.
 */
class PackedLeaversTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(TestEvents.reference(), "2026-11-24T07:10").as("guangxi");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 25);

    /** The trial's "明早打包早餐10份 有10个运动员6点就走" and its kin: any order, the meal on either side of the figure. */
    @ParameterizedTest
    @CsvSource({
        "hunan, 明早打包早餐10份 有10个运动员6点就走, 10",
        "guangxi, 明早打包早饭8份 有8个队员5点半就走, 8",
        "yunnan, 明早12份早餐打包 有12个运动员6点走, 12",
        "henan, 有9个运动员明早6点就走 打包早餐9份, 9",
        "hunan, 明早打包早餐10份 有10个运动员一早就走, 10",
        "jiangsu, 明天早饭打包6份 6个运动员一早就要走, 6",
        "shandong, 明早要打包早饭7份 有7个队员6点半出发, 7",
        "sichuan, 明天早上打包早餐12份 12个运动员6点出发, 12",
        "zhejiang, 明天一早有5个教练要走 早饭打包5份, 5"
    })
    void theirEarlyStartInAnyOrderIsThePackedBreakfast(String team, String text, int portions) {
        PARSER.check(text, team).records(new MealCount(team, TOMORROW, "BREAKFAST", portions));
    }

    /** A ticket, a terminal or a home city makes the same early start the trip home: a departure beside the packing. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hunan|明早打包早餐10份 有10个运动员6点就走 坐G1234回长沙|10|06:00|G1234",
                "guizhou|明天早上有12个人5点半就走了坐G1234回贵阳 早饭打包12份|12|05:30|G1234",
                "sichuan|明天早上8个人6点走 去机场 早饭打包8份|8|06:00|-",
                "hubei|明早打包早餐10份 有10个人6点就回武汉了|10|06:00|-",
                "henan|明天早上6个人6点就走了 坐K1158回郑州 早饭打包6份|6|06:00|K1158",
                "yunnan|明天早上5个人6点半走 MU5678回昆明 早餐打包5份|5|06:30|MU5678",
                "guizhou|贵州今天中午吃饭的人45个晚上的话可能回来晚一点但是都吃 明天早上有12个人5点半就走了坐G1234回贵阳 早饭打包12份|12|05:30|G1234",
                "hunan|湖南中午32晚上也32 明天早上有8个人6点走坐D656回长沙 早饭打包8份|8|06:00|D656",
                "hubei|湖北中午56晚上56 明天早上有5个人5点40走 坐G571回武汉 早饭打包5份|5|05:40|G571"
            })
    void aTicketATerminalOrAHomeCityMakesThemLeavers(
            String team, String text, int people, String time, String transport) {
        PARSER.check(text, team)
                .understood()
                .thenRecords()
                .contains(new Departure(team, TOMORROW, LocalTime.parse(time), people, transport))
                .contains(new MealCount(team, TOMORROW, "BREAKFAST", people));
    }

    /**
     * Trial 37's "明天早饭打包8份 他们坐7点的高铁回济南": 他们, 这几个, 这些人 are the people whose portions are packed, so
     * their trip home counts the packed figure, never the whole team.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "shandong|明天早饭打包8份 他们坐7点的高铁回济南|8|07:00|-",
                "guizhou|明早早饭打包6份 这几个人坐8点的动车回贵阳|6|08:00|-",
                "yunnan|明天早餐打包5份 这些人7点半去机场|5|07:30|-",
                "hunan|明天早上打包10份早餐 他们6点半坐G1234回长沙|10|06:30|G1234",
                "hunan|明天早上打包10份早餐 他们6点半坐高铁回长沙|10|06:30|-",
                "shandong|明天早饭打包8份 他们坐7点的高铁回济南 其他人照常|8|07:00|-",
                "guizhou|明早打包早餐12份 那几个6点坐D656回贵阳|12|06:00|D656"
            })
    void thePeoplePointedBackAtLeaveWithThePackedFigure(
            String team, String text, int people, String time, String transport) {
        PARSER.check(text, team)
                .records(
                        new MealCount(team, TOMORROW, "BREAKFAST", people),
                        new Departure(team, TOMORROW, LocalTime.parse(time), people, transport));
    }

    /** Talk about the early start and the packing (a question, a notice to everyone) stays record-free. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {"-|明早6点走的运动员记得去餐厅门口拿打包早餐", "-|明天有早场比赛6点就走的队伍 早饭统一打包 请各代表团报一下份数", "-|请明早6点前出发的运动员到餐厅门口领打包早餐"})
    void talkOfTheEarlyStartAndThePackingIsNoRecord(String team, String text) {
        PARSER.check(text, team).noRecords();
    }

    @Test
    void theirEarlyStartIsThePackedBreakfastAndNoDeparture() {
        PARSER.check("明天早上要打包10份早餐 有10个运动员6点就走").records(new MealCount("guangxi", TOMORROW, "BREAKFAST", 10));
    }

    @Test
    void anHourSaidWithoutItsPartOfTheDayIsEarlyWhenTheMorningIsNamed() {
        PARSER.check("明天早饭打包6份 有6个运动员5点半就要走").records(new MealCount("guangxi", TOMORROW, "BREAKFAST", 6));
    }

    @Test
    void leavingAtTwentyHundredWithBreakfastPackedIsADeparture() {
        PARSER.check("明天早饭打包10份 有10个运动员20:00走")
                .thenRecords()
                .filteredOn(r -> r instanceof Departure)
                .singleElement()
                .isInstanceOfSatisfying(Departure.class, d -> {
                    assertThat(d.time()).isEqualTo(LocalTime.of(20, 0));
                    assertThat(d.count()).isEqualTo(10);
                });
    }

    @Test
    void leavingInTheEveningWithBreakfastPackedIsADeparture() {
        PARSER.check("明天早饭打包10份 有10个运动员晚上8点走")
                .thenRecords()
                .filteredOn(r -> r instanceof Departure)
                .singleElement()
                .isInstanceOfSatisfying(
                        Departure.class, d -> assertThat(d.time()).isEqualTo(LocalTime.of(20, 0)));
    }
}
