package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;

/**
 * A bus liaison's recount says the bus's total beside a smaller figure of the people its remark is about (who caught
 * the bus, who was missed, who went to another bus, who is not aboard yet): the total is the count, never the remark's.
 */
class RecountTotalTest {
    private static final MessageParser CONFERENCE = new MessageParser(TestEvents.conference());
    private static final Instant NOW =
            OffsetDateTime.parse("2026-12-09T13:30:00+08:00").toInstant();

    @ParameterizedTest
    @CsvSource({
        "那2个赶上了 上车了 现在33人, 4, 4, 33",
        "2号车 那两个赶上了 现在三十三人, , 2, 33",
        "6号车 那仨也上车了 现在是40人👍, , 6, 40",
        "1号车重新点了一下 31人 刚才漏点了一个坐最后排的😂, , 1, 31",
        "6号车 刚才漏点了一个 重新点了一下 三十一人, , 6, 31",
        "重新点了一下 二十九人 漏点了一个睡觉的, 3, 3, 29",
        "有2个跑去5号车了 我这边是31, 4, 4, 31",
        "4号车 有2个跑去5号车了 我这边是31, , 4, 31",
        "2号车 有俩人跑去6号车了 我这边是三十, , 2, 30",
        "不好意思 点完了 31人 有2个人还没上车 在打电话, 4, 4, 31",
        "5号车 点完了 28人 有一个还没上车 在买水, , 5, 28",
        "嗯 点完了 三十五人 还有两个人还没上车, 7, 7, 35",
        "5号车更新一下 刚从7号车过来一位 现在39, , 5, 39",
        "2号车 刚才从3号车上来两个 现在是41人, , 2, 41",
        "3号车 又上来一个 现在是42人, , 3, 42",
        "4号车实到48人 两个留守看东西, , 4, 48",
        "2号车三十五人实到 有两个在酒店休息, , 2, 35",
        "6号车 实到36人 有两个留在酒店休息, , 6, 36"
    })
    void theTotalIsCountedNotThePeopleOfTheRemark(String text, String senderBus, String bus, int count) {
        assertThat(CONFERENCE.parse(text, NOW, null, senderBus).contractRecords())
                .singleElement()
                .isInstanceOfSatisfying(Headcount.class, h -> {
                    assertThat(h.vehicle()).isEqualTo(bus);
                    assertThat(h.count()).isEqualTo(count);
                });
    }

    @ParameterizedTest
    @CsvSource({"3号车实到42人, 3, 42", "4号车 实到31人, 4, 31", "3号车实到40 湖南的两位赶上了 出发, 3, 40"})
    void aPlainCountStays(String text, String bus, int count) {
        assertThat(CONFERENCE.parse(text, NOW, null, null).contractRecords())
                .singleElement()
                .isInstanceOfSatisfying(Headcount.class, h -> {
                    assertThat(h.vehicle()).isEqualTo(bus);
                    assertThat(h.count()).isEqualTo(count);
                });
    }

    @ParameterizedTest
    @CsvSource({"4号车 31人 有2个人晕车 要找医生", "3号车实到42人 有个人晕车 要药"})
    void anIllnessBesideACountIsStillAnIssue(String text) {
        assertThat(CONFERENCE.parse(text, NOW, null, null).contractRecords()).anyMatch(Issue.class::isInstance);
    }

    @ParameterizedTest
    @CsvSource({"那3个赶上了 现在是3个, 4"})
    void aTotalNoLargerThanTheRemarkIsAsked(String text, String senderBus) {
        assertThat(CONFERENCE.parse(text, NOW, null, senderBus).contractRecords())
                .noneMatch(r -> r instanceof Headcount h && h.count() == 3);
    }
}
