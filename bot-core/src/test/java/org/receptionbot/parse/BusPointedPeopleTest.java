package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;

/**
 * Trial 71: someone pointed at on or off a bus, or the people a bus still lacks ({@link BusPointedPeople}), are no head
 * count of the bus; a figure said with a counting word, or a plain figure after the bus, still is.
 */
class BusPointedPeopleTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.conference(), "2026-12-09T14:08");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // another bus's liaison saying where a missing person is
                "3|找到了 那个同志在4号车上 坐错车了",
                "3|那个同志在4号车上",
                "3|找到了 那位在2号车上",
                // a person who got off a bus on the way
                "4|4号车有个同志在服务区下车了",
                "|5号车有一位中途换到4号车了",
                // people the bus still lacks, named by delegation or waited for
                "|5号车还差江西两位，打电话没人接",
                "5|还差江西两位",
                "|6号车还在等 还有两位没下来 再等两分钟",
                "|13号车周师傅在党校东门等 送云南那位同志回山庄",
            })
    void someonePointedAtOrLackingCountsNoBus(String vehicle, String text) {
        ParseOutcome o = AT.parser().parse(text, AT.now(), null, vehicle);
        assertThat(o.records()).as(text).noneMatch(r -> r instanceof Headcount);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a counting word or a plain figure keeps the count, whoever else is spoken of
                "4|4号车实到1人|4|1",
                "4|4号车到了1个人|4|1",
                "|4号车实到28人 还有一位没下来|4|28",
                "5|实到30人 还差江西两位|5|30",
                "|9号车接到部里一位领导|9|1",
                "|3号车实到30人 那个同志在4号车上|3|30",
            })
    void aCountStaysTheBuss(String vehicle, String text, String bus, int count) {
        ParseOutcome o = AT.parser().parse(text, AT.now(), null, vehicle);
        assertThat(o.records())
                .as(text)
                .filteredOn(r -> r instanceof Headcount)
                .singleElement()
                .isInstanceOfSatisfying(Headcount.class, h -> {
                    assertThat(h.vehicle()).isEqualTo(bus);
                    assertThat(h.count()).isEqualTo(count);
                });
    }
}
