package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * Visit round v53 and trial 51: buses' counting said done before each bus's figure ("柳州线两台车点完了：6号车43，7号车40")
 * gives each bus its count; people counted wrong ("车上数错了 其实到了46个") is a figure taken back, no vehicle problem.
 */
class BusesCountedDoneTest {
    private static final ParserFixture VISITS = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:24");
    private static final ParserFixture GAMES = ParserFixture.of(TestEvents.reference(), "2026-11-22T16:40");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "柳州线两台车点完了：6号车43，7号车40|6|43|7|40",
                "点完了：6号车43，7号车40|6|43|7|40",
                "两台车都清点完了：1号车38，2号车29|1|38|2|29",
                "北海线车点完了：3号车41人，4号车39人|3|41|4|39",
                "数完了 3号车四十，4号车三十六|3|40|4|36"
            })
    void eachBusAfterTheCountingSaidDoneHasItsCount(String text, String first, int n1, String second, int n2) {
        ParseOutcome read = VISITS.read(text);

        assertThat(read.records())
                .as(text)
                .containsExactly(new Headcount(first, n1, null), new Headcount(second, n2, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"两台车点完了吗：6号车，7号车", "6号车点完了没有"})
    void askingWhetherTheCountingIsDoneCountsNoOne(String text) {
        assertThat(VISITS.read(text).records()).as(text).noneMatch(r -> r instanceof Headcount);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "更正一下 车上数错了 其实到了46个 只有1个坐下一班 晚上8点到|xinjiang|46|1",
                "更正一下 车上数错了 其实到了45个 还有2个晚上8点到|xinjiang|45|2",
                "不好意思 刚才车上数错了 其实到了43个 剩下1个晚上8点到|chongqing|43|1"
            })
    void peopleCountedWrongAreAFigureTakenBackNoProblem(String text, String team, int now, int later) {
        ParseOutcome read = GAMES.read(text, team);

        List<Record> records = read.records();
        assertThat(records).as(text).noneMatch(r -> r instanceof Issue);
        assertThat(records)
                .as(text)
                .filteredOn(r -> r instanceof Arrival)
                .extracting(r -> ((Arrival) r).count())
                .containsExactly(now, later);
    }

    @ParameterizedTest
    @ValueSource(strings = {"车门坏了 关不上", "房卡给错了 能不能换一张", "车开错了 走到别的地方去了"})
    void otherThingsGoneWrongStayProblems(String text) {
        assertThat(GAMES.read(text, "xinjiang").records()).as(text).anyMatch(r -> r instanceof Issue);
    }
}
