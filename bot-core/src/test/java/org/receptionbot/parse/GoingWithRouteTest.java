package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;

/**
 * Trial 73 #1 ("6号车那个湖南的同志就跟我们柳州线走了 6号车实到33没错" recorded 湖南 leaving, all its meals cancelled):
 * people going along with a site-visit route leave nothing ({@link GoingWithRoute}); leaving after a route, or a route
 * named with a trip away, is still a departure.
 */
class GoingWithRouteTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:20");

    @ParameterizedTest
    @ValueSource(strings = {"6号车那个湖南的同志就跟我们柳州线走了 6号车实到33没错", "湖南那个同志跟柳州线走了", "江西2个随北海线走", "河北的两位跟着百色线一起走"})
    void goingAlongWithARouteIsNoDeparture(String text) {
        assertThat(AT.read(text, null).records()).as(text).noneMatch(Departure.class::isInstance);
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖南考察完柳州线 明天上午走", "湖南2个不去柳州线了 下午坐G1234走"})
    void aTripAwayIsStillADeparture(String text) {
        assertThat(AT.read(text, null).records()).as(text).anyMatch(Departure.class::isInstance);
    }
}
