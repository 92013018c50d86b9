package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;

/**
 * Trial 71: a bus counted again, its figure, then after a space who the extra ones are ("多的一个是湖南的",
 * "多出来两个是坐错车的"): the count is the figure counted, never the extra ones' (it was 1 before).
 */
class RecountExtraOnesTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.conference(), "2026-12-09T14:10");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5号车重新点了 实到33人 多的一个是河北的|5|33",
                "2号车重新数了一遍 实到41 多出来两个是坐错车的|2|41",
                "6号车再点了一遍 实到30人 多出的一个是工作人员|6|30",
                "5号车重新点了 实到33人 少的一个是河北的|5|33",
                // trial 73 #2: who was counted wrongly before, after the count (it gave 实到2人).
                "2号车重新点了一下 实到29人 刚才把两个工作人员也算进去了|2|29",
                "3号车重新数了 30人 刚才多算了两个司机|3|30",
                "1号车重新点了 实到37 刚才漏了一个|1|37",
                "4号车实到42 嗯不对 43|4|43"
            })
    void theFigureCountedIsTheCount(String text, String vehicle, int count) {
        AT.check(text, null).recordsInclude(new Headcount(vehicle, count, null));
    }
}
