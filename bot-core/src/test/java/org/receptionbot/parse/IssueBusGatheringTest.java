package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Session 40: a bus still gathering its riders ({@link BusGathering}) and a bus's minutes left after a silence on the
 * road ({@link DriverEta}) give no ISSUE; the vehicle not come, a fault, someone unreachable or a request keep it.
 */
class IssueBusGatheringTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|2号车还没齐 等人中",
                "''|5号车人还没到齐 再等几分钟",
                "''|3号车这边人没来齐 稍微等一下再走",
                "''|6号车已经到楼下了 湖南的人还没下来",
                "hubei|我们车上人还没齐 在等人",
                "''|刚才路上没信号 4号车还有10分钟",
                "''|8号车送完人已经往回赶了，20分钟左右"
            })
    void nothingToFix(String sender, String text) {
        assertThat(IssueCases.issues(AT, sender, text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|我们人都齐了 3号车还没到 在门口等了二十分钟|VEHICLE",
                "''|2号车人还没齐 司机电话也打不通|VEHICLE",
                "''|5号车人没到齐 空调又坏了|VEHICLE",
                "''|4号车还差一个 电话没人接|OTHER",
                "hubei|刚才山里没信号 9号车晚了快20分钟|VEHICLE"
            })
    void problemStands(String sender, String text, IssueCategory category) {
        assertThat(IssueCases.issues(AT, sender, text))
                .as(text)
                .extracting(Issue::category)
                .contains(category);
    }
}
