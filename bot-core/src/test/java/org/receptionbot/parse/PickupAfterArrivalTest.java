package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * An arrival of people, then past a space the pickup said or asked (a bus to fetch them, 派车, 安排个车) or where to go on
 * arriving: the arrival is read whole, its time, figure and flight kept, and the pickup is no problem of its own.
 */
class PickupAfterArrivalTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T09:30");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "jiangsu|江苏厅4位 MU2873 下午2点10落地 还是3号车接|14:10|4|MU2873",
                "jiangsu|江苏厅9人 CZ3105 下午3点半落地 请5号车去接一下|15:30|9|CZ3105",
                "henan|河南厅5个人 晚上7点20到吴圩 派6号车去接|19:20|5|-",
                "shandong|山东厅6人 SC4693 晚上6点10到 到时候麻烦安排个车|18:10|6|SC4693",
                "guangdong|广东厅4个人CZ3211 16:05到吴圩 到了是直接去宴会厅吗|16:05|4|CZ3211",
                "hebei|河北厅6人 G421 下午5点到南宁东 到了找谁对接|17:00|6|G421"
            })
    void theArrivalIsReadBeforeThePickup(String sender, String text, String time, Integer count, String transport) {
        List<Record> records = PARSER.read(text, sender).contractRecords();
        assertThat(records)
                .as(text)
                .containsExactly(new Arrival(sender, TODAY, LocalTime.parse(time), count, transport));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {"guangdong|广东第二批4个落地了 上几号车？|4", "jiangsu|江苏5个人到南宁东了 几号车来接？|5"})
    void anArrivalDoneThenTheBusAskedIsTheArrival(String sender, String text, Integer count) {
        List<Record> records = PARSER.read(text, sender).contractRecords();
        assertThat(records).as(text).containsExactly(new Arrival(sender, TODAY, null, count, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the bus arriving, not people: no arrival of a delegation
                "-|5号车下午3点到 还是在东门接吗",
                // people waiting and no bus: a problem, whatever is said after it
                "jiangsu|江苏到了 接站的车在哪 没看到"
            })
    void aBusArrivingOrMissingIsNoPickupAfterAnArrival(String sender, String text) {
        List<Record> records =
                PARSER.read(text, "-".equals(sender) ? null : sender).contractRecords();
        assertThat(records).as(text).noneMatch(r -> r instanceof Arrival a && a.count() != null);
        if (!"-".equals(sender)) assertThat(records).as(text).hasAtLeastOneElementOfType(Issue.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the figure after the bus is the arrival's own: one statement, the figure kept
                "jiangsu|江苏厅下午3点到 坐5号车 9个人|9"
            })
    void aFigureAfterThePickupStaysTheArrivals(String sender, String text, int count) {
        List<Record> records = PARSER.read(text, sender).contractRecords();
        assertThat(records)
                .as(text)
                .filteredOn(r -> r instanceof Arrival)
                .extracting(r -> ((Arrival) r).count())
                .containsExactly(count);
    }
}
