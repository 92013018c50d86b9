package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Staff (no delegation's liaison) telling that help is on its way, there or at hand, or where to take people, answer a
 * matter ({@link HelpUnderway}): no ISSUE. The same words beside help that has still not come, beside the fault or
 * delay itself, a liaison's report, or a question for the remedy still report the problem.
 */
class StaffSayHelpIsUnderwayTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|5号车前面修路那段过了，预计4点10分到赛场",
                "''|7号车送完人已经往回赶了 二十分钟左右",
                "''|3号车王师傅：10分钟就到酒店门口",
                "''|医疗组已经到了 在二楼",
                "''|维修师傅上去了 稍等",
                "''|大巴上药箱里有 在司机座位后面",
                "''|九院一楼有医务室 你直接带他过去",
                "''|让他们往东门走 东门有人接"
            })
    void noProblem(String sender, String text) {
        assertThat(IssueCases.issues(AT, sender, text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|接湖北的车说预计3点到 现在还没到 司机电话打不通|VEHICLE",
                "''|清江大酒店前台：贵州团两间房暖气不热，维修师傅已经上去了|ROOM",
                "''|7号车在隧道口堵住了 预计晚到四十分钟|VEHICLE",
                "''|5号车司机电话打不通 说好的预计3点到|VEHICLE",
                "hunan|湖南有个队员崴脚了 医生还没到|HEALTH",
                "''|湖北有个队员晕车吐了 车上有没有药|HEALTH",
                "''|贵州两个队员发烧 医务室没有药了|HEALTH",
                "hubei|我们的车走错门了 在北门等半天了|VEHICLE"
            })
    void problemStands(String sender, String text, IssueCategory category) {
        assertThat(IssueCases.issues(AT, sender, text))
                .as(text)
                .extracting(Issue::category)
                .contains(category);
    }
}
