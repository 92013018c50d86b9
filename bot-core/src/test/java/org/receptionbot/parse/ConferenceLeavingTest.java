package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * Leaving said the way liaisons say it at a conference: when the meeting ends (开完会就走), then the visit dropped past
 * a space; a clock time of the next day after a meal's evening figure; and setting off for the route just signed up
 * for, which is no departure.
 */
class ConferenceLeavingTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T10:30");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    @ParameterizedTest
    @ValueSource(strings = {"青海3个人开完会就走", "青海3个人会后就走", "青海3个人散会就走", "青海3个人会议结束就走"})
    void leavingWhenTheMeetingEndsIsADepartureOfTheDayWithNoHour(String text) {
        PARSER.check(text, "qinghai").contract(new Departure("qinghai", TODAY, null, 3, null));
    }

    @Test
    void theirTrainsHourSaidAfterGivesTheTime() {
        PARSER.check("青海3个人开完会就走了 下午3点的高铁", "qinghai")
                .contract(new Departure("qinghai", TODAY, LocalTime.of(15, 0), 3, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"贵州的下来就走", "湖南的上车就走"})
    void leavingOnceSomethingElseIsDoneStaysAnInstruction(String text) {
        PARSER.check(text, "guizhou").contractHasNo(Departure.class);
    }

    @Test
    void leavingTomorrowAfterTheMeetingThenTheVisitDroppedGivesBoth() {
        PARSER.check("有一个同志明天开完会直接走 不去考察了", "shandong")
                .contract(
                        new Departure("shandong", TOMORROW, null, 1, null), new VisitChange("shandong", 1, null, null));
    }

    @Test
    void goingToTheAirportAfterTheMeetingThenTheRouteDroppedGivesBoth() {
        PARSER.check("陕西有2个同志会后直接去机场了 不去柳州了", "shaanxi")
                .contract(
                        new Departure("shaanxi", TODAY, null, 2, null), new VisitChange("shaanxi", 2, "liuzhou", null));
    }

    @Test
    void aReasonBeforeTheDropOutStaysNoDeparture() {
        PARSER.check("有一个同志单位有事 不去考察了", "shandong").contract(new VisitChange("shandong", 1, null, null));
    }

    @Test
    void anHourOfTheNextDayAfterAnEveningMealsFigureIsTheMorningOne() {
        PARSER.check("北京中午42 晚上也42 明天8点半G1118走不变", "beijing")
                .thenContract()
                .contains(new Departure("beijing", TOMORROW, LocalTime.of(8, 30), null, "G1118"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"今天晚上8点半走", "晚上 8点半走", "晚上8点半的G1118走"})
    void anEveningOfTheSameDayStillPlacesTheHour(String text) {
        PARSER.check(text, "beijing")
                .thenContract()
                .extracting(r -> ((Departure) r).time())
                .containsExactly(LocalTime.of(20, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"天津4个人都去百色 中午在酒店吃完再走", "天津4个人都去百色 中午吃完再走", "天津4个人都去百色 吃完饭就走"})
    void settingOffForTheRouteJustSignedUpForIsNoDeparture(String text) {
        PARSER.check(text, "tianjin").contract(new Visit("tianjin", "baise", 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"天津4个人都去百色 考察完坐晚上8点的飞机走", "天津有1个不去百色了 中午吃完就走"})
    void aTripAwayOrPeopleDroppingOutStayADeparture(String text) {
        PARSER.check(text, "tianjin").contractHas(Departure.class);
    }
}
