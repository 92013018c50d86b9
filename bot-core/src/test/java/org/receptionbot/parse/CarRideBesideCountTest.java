package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;

/**
 * People of a bus's count said to go back by another car or on their own ("还有2个坐组委会的车回", "有一个跟广西车走了",
 * "那5个后面自己回") are why the count is what it is, no departure ({@link CarRideBesideCount}); a car home at an hour,
 * a train, a day or a clock time stays a departure.
 */
class CarRideBesideCountTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T16:10");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "neimenggu|11号车实到43人，还有2个坐组委会的车回|11|43",
                "yunnan|5号车上清点过了 实到53人 有两个同志坐朋友的车走|5|53",
                "''|7号车实到45 川队 3个坐别的车回|7|45",
                "hunan|3号车实到三十四 有一个跟广西车走了 回去再说|3|34",
                "''|5号车实到50人，药检那5个后面自己回|5|50",
                "hubei|1号车实到28 还有两个搭小车回了|1|28",
                "guizhou|4号车实到47人 三个坐湖南的3号车走|4|47",
                "shandong|12号车实到38，另外3个自己回|12|38"
            })
    void ridersOfAnotherCarAreNoDeparture(String sender, String text, String vehicle, int count) {
        var read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).hasSize(1);
        assertThat(read.records().get(0)).as(text).isInstanceOf(Headcount.class);
        Headcount h = (Headcount) read.records().get(0);
        assertThat(h.vehicle()).as(text).isEqualTo(vehicle);
        assertThat(h.count()).as(text).isEqualTo(count);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|3号车实到33 有两个坐朋友的车回去了 回来再说|3|33", "yunnan|5号车实到50 剩下的回去再说|5|50"})
    void talkLaterMovesNoOne(String sender, String text, String vehicle, int count) {
        ridersOfAnotherCarAreNoDeparture(sender, text, vehicle, count);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"sichuan|四川7号车 实到46 有两个要跟湖南一起坐晚上的车走|2", "hubei|1号车实到28 有两个坐晚班车回武汉|2", "hunan|3号车实到33 有两个坐早班车走|2"})
    void aTripHomeStaysADeparture(String sender, String text, int leaving) {
        var read = AT.read(text, sender);

        assertThat(read.records()).as(text).anySatisfy(r -> {
            assertThat(r).isInstanceOf(Departure.class);
            assertThat(((Departure) r).count()).isEqualTo(leaving);
        });
    }
}
