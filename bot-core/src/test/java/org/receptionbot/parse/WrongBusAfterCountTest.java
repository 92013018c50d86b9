package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.ParseOutcome.Incomplete;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * Trial 67: a bus's count, then past a space people said to be on the wrong bus ({@link WrongBusAfterCount}): the count
 * is the bus's, the wrong bus a remark that records nothing and asks nothing; look-alikes keep their reading.
 */
class WrongBusAfterCountTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:40");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5号车重新点了一下 实到33人 那3个坐错车了在我们这|HEADCOUNT 5 33 null",
                "2号车实到41人 满了 多出来1个说是百色线的 坐错车了 已经让他去1号车|HEADCOUNT 2 41 null",
                "4号车 实到二十九 刚发现有两位柳州线的坐错了上了我们车 已经下去换7号车了|HEADCOUNT 4 29 null",
                "1号车清点36人 那个上错车的已经回来了|HEADCOUNT 1 36 null",
                "3号车 35人 刚才那俩搭错车的在6号车上|HEADCOUNT 3 35 null",
                // look-alikes: the count alone, a wrong bus denied, warned of or said before the count keep their
                // reading
                "5号车实到33人|HEADCOUNT 5 33 null",
                "5号车实到33人 有2个坐错车了 是6号车的|HEADCOUNT 5 33 null",
            })
    void theCountBeforeAWrongBusIsTheBuss(String text, String expected) {
        assertThat(said(AT.read(text))).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // people on the wrong bus with no count before them: no count of the bus
                "5号车有3个坐错车了",
                "有2个坐错车了 在6号车上",
                "山东有俩人上错车了 在3号车上",
                // a figure of people singled out or short on the bus is no count before the wrong bus
                "通报一下 2号车上有三位是百色线的 坐错车了 已经让他们下车去1号车",
            })
    void aWrongBusWithNoCountBeforeItCountsNoBus(String text) {
        assertThat(AT.read(text).contractRecords()).as(text).noneMatch(r -> r instanceof Headcount);
    }

    @ParameterizedTest
    @CsvSource({
        // a wrong bus denied or warned of after the count opens no remark of its own: the count stays the bus's
        "5号车实到33人 都没坐错车",
        "5号车实到33人 大家别坐错车了",
    })
    void aWrongBusDeniedKeepsTheCount(String text) {
        assertThat(AT.read(text).records()).as(text).singleElement().isInstanceOfSatisfying(Headcount.class, h -> {
            assertThat(h.vehicle()).isEqualTo("5");
            assertThat(h.count()).isEqualTo(33);
        });
    }

    private static String said(ParseOutcome outcome) {
        String records =
                outcome.records().stream().map(WrongBusAfterCountTest::said).collect(Collectors.joining("; "));
        return outcome instanceof Incomplete i ? records + " ASK " + i.gaps() : records;
    }

    private static String said(Record r) {
        if (r instanceof Headcount h) return "HEADCOUNT " + h.vehicle() + " " + h.count() + " " + h.delegation();
        return r.toString();
    }
}
