package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;
import org.receptionbot.testing.Sources;

/**
 * After a route bus's count, people said not aboard (湖南那个同志不在车上, 有一个厦门的同志没上来) are a remark on it, no
 * count of their own nor their delegation the count's; the figure after 所以 is the count meant.
 */
class BusCountAsideTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.conference());

    private static List<Record> read(String text, String vehicle) {
        ParseOutcome read =
                PARSER.parse(text, Sources.instant("2026-12-09T16:30"), null, vehicle.isEmpty() ? null : vehicle);
        return read.records();
    }

    @ParameterizedTest
    @CsvSource({
        "6号车已到柳州 31人 湖南那个同志不在车上 所以30人, '', 6, 30",
        "6号车已到柳州 31人，湖南那个同志不在车上，所以30人, 6, 6, 30",
        "4号车到了 41个 广西那位同志没上车 所以是40, '', 4, 40",
        "7号车点了一下27人 所以26人, '', 7, 26",
        "服务区休息完上车清点 39人 有一个厦门的同志没上来 在找, 3, 3, 39",
        "3号车服务区上车清点 39人 有一个厦门的同志没上来 在找, '', 3, 39",
        "6号车已到柳州 31人 湖南那个同志不在车上, '', 6, 31"
    })
    void theBusCountStaysOneFigure(String text, String sender, String vehicle, int count) {
        assertThat(read(text, sender)).containsExactly(new Headcount(vehicle, count, null));
    }

    @ParameterizedTest
    @CsvSource({"6号车31人 所以3个人要补票, 6, 31", "6号车31人 湖南那个同志不在车上 晚饭不吃了, 6, 31"})
    void aFigureAfterSoOfSomethingElseIsNoCount(String text, String vehicle, int count) {
        assertThat(read(text, ""))
                .filteredOn(Headcount.class::isInstance)
                .containsExactly(new Headcount(vehicle, count, null));
    }
}
