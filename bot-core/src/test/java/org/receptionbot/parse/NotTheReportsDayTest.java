package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;

/**
 * A number with 号 is a day of the month unless it names a thing: alone ("3号车") or as the first of a list of things
 * ("9号10号车", "3号、4号车", "5号和6号楼"), so a team met by two buses is met today, not on the 9th. A day the movement
 * is said not to touch ("不影响明天") is not the movement's day.
 */
class NotTheReportsDayTest {
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-08T12:00");
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-22T12:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mohurd|住建部领导已落地 9号10号车接上了 直接去1号楼",
                "mohurd|已落地 9号、10号车都接上了",
                "mohurd|住建部到了 9号 10号车接的",
                "mohurd|住建部领导到了 坐9号和10号车去1号楼",
                "mohurd|住建部领导已落地 9号车接上了 直接去1号楼",
                "mohurd|住建部领导已落地 9号10号车接上了",
                "mohurd|住建部已落地 9号10号车接上了 直接去1号楼"
            })
    void aListOfNumberedBusesIsNoDay(String sender, String text) {
        assertThat(CONFERENCE.read(text, sender).contractRecords())
                .as(text + " " + CONFERENCE.read(text, sender))
                .filteredOn(r -> r instanceof Arrival)
                .extracting(r -> ((Arrival) r).date())
                .containsOnly(LocalDate.of(2026, 12, 8));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|湖北23号 中午35人|2026-11-23",
                "hubei|湖北23号中午35人|2026-11-23",
                "hubei|湖北23号晚饭少3个|2026-11-23",
            })
    void daysListedStayDays(String sender, String text, String first) {
        assertThat(SPORTS.read(text, sender).contractRecords())
                .as(text)
                .extracting(Object::toString)
                .anyMatch(r -> r.contains(first));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hainan|海南有一位下午5点半才到 不影响明天",
                "hainan|海南厅4人柳州线 有一位下午5点半才到 不影响明天",
                "hubei|湖北有2个晚上8点到 不耽误明天的考察",
                "hubei|湖北2人下午4点到 不影响明天的会"
            })
    void aDayTheMovementDoesNotTouchIsNotItsDay(String sender, String text) {
        assertThat(CONFERENCE.read(text, sender).contractRecords())
                .as(text)
                .filteredOn(r -> r instanceof Arrival)
                .extracting(r -> ((Arrival) r).date())
                .containsOnly(LocalDate.of(2026, 12, 8));
    }
}
