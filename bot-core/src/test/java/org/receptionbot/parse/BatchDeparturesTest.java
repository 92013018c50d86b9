package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.PartOfDay;

/**
 * Departures said in batches and the hour or train of a departure: a batch's changed hour with no verb, the rest's
 * ticket after a part leaving with no hour, a train given up, a day gone
 * by said of those gone, and the day of the meal said before a departure.
 */
class BatchDeparturesTest {
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-09T15:00");
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-29T20:15");

    private static LocalDate day(String d) {
        return LocalDate.parse(d);
    }

    private static LocalTime at(String t) {
        return t == null ? null : LocalTime.parse(t);
    }

    @ParameterizedTest
    @CsvSource({
        "广东的第二批改成下午4点了 车次G2920, 2026-12-09, 16:00, G2920",
        "第二批的航班改成明天上午10点了 CZ3301, 2026-12-10, 10:00, CZ3301",
        "晚上那批改成8点的G2920, 2026-12-09, 20:00, G2920"
    })
    void aBatchChangedWithNoVerbOnTheMiddleDayLeaves(String text, String date, String time, String train) {
        CONFERENCE
                .check(text, "guangdong")
                .understood()
                .records(new Departure("guangdong", day(date), at(time), null, train, null));
    }

    @Test
    void aBatchChangedOnTheFirstDayOrWithAVerbOfComingArrives() {
        CONFERENCE
                .at("2026-12-08T09:00")
                .check("第二批航班改成下午4点了 CA1234", "guangdong")
                .records(new Arrival("guangdong", day("2026-12-08"), at("16:00"), null, "CA1234", null));
        CONFERENCE
                .check("第二批落地时间改成下午4点 CZ3301", "guangdong")
                .records(new Arrival("guangdong", day("2026-12-09"), at("16:00"), null, "CZ3301", null));
        ParserFixture.of(TestEvents.reference(), "2026-11-19T09:00")
                .check("第二批改成下午4点了 车次G2920", "guangdong")
                .records(new Arrival("guangdong", day("2026-11-19"), at("16:00"), null, "G2920", null));
    }

    @Test
    void aTeamsChangeWithNoBatchOnTheMiddleDayIsAsked() {
        ParseOutcome read = CONFERENCE.read("广东改成下午4点了 车次G2920", "guangdong");
        assertThat(read.records()).isEmpty();
        assertThat(read).isInstanceOf(ParseOutcome.Incomplete.class);
        // Early in a long event a batch is not taken as leaving either.
        assertThat(ParserFixture.of(TestEvents.reference(), "2026-11-21T15:00")
                        .read("广东的第二批改成下午4点了 车次G2920", "guangdong")
                        .records())
                .noneMatch(r -> r instanceof Departure || r instanceof Arrival);
    }

    @Test
    void theRestsTicketAfterAPartLeavingWithNoHourIsItsOwnDeparture() {
        CONFERENCE
                .check("广东明天分两批走 早上3个先走去机场 剩下5个下午2点的高铁", "guangdong")
                .records(
                        new Departure("guangdong", day("2026-12-10"), null, 3, null, PartOfDay.MORNING),
                        new Departure("guangdong", day("2026-12-10"), at("14:00"), 5, null, null));
        CONFERENCE
                .check("广东明天3个先走 剩下5个下午2点G2920", "guangdong")
                .records(
                        new Departure("guangdong", day("2026-12-10"), null, 3, null, null),
                        new Departure("guangdong", day("2026-12-10"), at("14:00"), 5, "G2920", null));
    }

    @Test
    void aTicketHourWithNoRestSaidIsThePartsOwn() {
        CONFERENCE
                .check("广东明天3个先走 下午2点的高铁", "guangdong")
                .records(new Departure("guangdong", day("2026-12-10"), at("14:00"), 3, null, null));
    }

    @ParameterizedTest
    @CsvSource({"江西明天不坐K1158了 改坐大巴回南昌 下午2点从酒店出发 27人, 27", "江西K1158不坐了 明天改坐大巴 下午2点出发, ", "江西明天K1158的票退了 下午2点坐大巴出发, "})
    void aTrainGivenUpIsNoOnesTicket(String text, Integer people) {
        SPORTS.at("2026-11-28T20:35")
                .check(text, "jiangxi")
                .records(new Departure("jiangxi", day("2026-11-29"), at("14:00"), people, null, null));
    }

    @Test
    void aTrainTakenOrSwappedInStays() {
        SPORTS.at("2026-11-28T20:35")
                .check("江西明天坐K1158 下午2点出发", "jiangxi")
                .records(new Departure("jiangxi", day("2026-11-29"), at("14:00"), null, "K1158", null));
        SPORTS.at("2026-11-28T20:35")
                .check("江西明天K1158取消了 改坐G1234 下午2点出发", "jiangxi")
                .records(new Departure("jiangxi", day("2026-11-29"), at("14:00"), null, "G1234", null));
    }

    @Test
    void aDayGoneBySaidOfThoseGoneIsNotTheRestsDay() {
        SPORTS.at("2026-11-28T07:40")
                .check("新疆晚上走的5个昨晚已经走了 剩下42个10点半走 9号车", "xinjiang")
                .records(new Departure("xinjiang", day("2026-11-28"), at("10:30"), 42, null, null));
        SPORTS.at("2026-11-28T07:40")
                .check("新疆昨天走了5个 还有3个晚上到", "xinjiang")
                .records(new Arrival("xinjiang", day("2026-11-28"), null, 3, null, PartOfDay.EVENING));
        assertThat(SPORTS.at("2026-11-28T07:40")
                        .read("新疆昨天走了5个 剩下的也走了", "xinjiang")
                        .records())
                .isEmpty();
    }

    @Test
    void aDepartureSaidWithTheNextServingsMealIsOnItsDay() {
        SPORTS.at("2026-11-28T20:15")
                .check("陕西确认 中午30个吃 3个去县城的直接去车站", "shaanxi")
                .recordsInclude(new Departure("shaanxi", day("2026-11-29"), null, 3, null, null));
        // Said done, or with the meal of today, it stays today's.
        SPORTS.at("2026-11-28T20:15")
                .check("陕西中午30个吃 3个已经直接去车站了", "shaanxi")
                .recordsInclude(new Departure("shaanxi", day("2026-11-28"), null, 3, null, null));
        SPORTS.at("2026-11-28T10:15")
                .check("陕西中午30个吃 3个去县城的直接去车站", "shaanxi")
                .recordsInclude(new Departure("shaanxi", day("2026-11-28"), null, 3, null, null));
    }
}
