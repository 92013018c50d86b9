package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Visit;

/**
 * Trial 48's bus and route figures: an empty bus ("9号车实到0人 没人坐 空车跟着") is its count of 0, no vehicle problem;
 * a figure changed with an arrow after its unit ("北海线3人➡️2人") is the figure after the arrow.
 */
class EmptyBusAndArrowTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T14:05");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {"9号车实到0人 没人坐 空车跟着|9|mohurd", "9号车0人 没人坐|9|mohurd", "8号车实到0 车上没人乘坐|8|-", "3号车实到0人 没人坐这辆|3|-"})
    void anEmptyBusIsACountOfZero(String text, String vehicle, String delegation) {
        PARSER.check(text).contract(new Headcount(vehicle, 0, delegation)).hasNo(Issue.class);
    }

    @org.junit.jupiter.api.Test
    void nobodyThereToHelpIsStillAProblem() {
        PARSER.check("9号车司机打电话没人接", null).has(Issue.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "dalian|大连北海线3人➡️2人|beihai|2",
                "hebei|河北北海线5个→4个|beihai|4",
                "gansu|甘肃百色线 4人 -> 3人|baise|3",
                "jiangxi|江西柳州线2位=>3位|liuzhou|3"
            })
    void theFigureAfterTheArrowWithItsUnit(String sender, String text, String route, int count) {
        PARSER.check(text, sender).contract(new Visit(sender, route, count));
    }
}
