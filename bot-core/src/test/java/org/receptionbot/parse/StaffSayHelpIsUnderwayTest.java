package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Staff (no delegation's liaison) telling that help is on its way, there or at hand, or where to take people, answer a
 * matter ({@link HelpUnderway}): no ISSUE. The same words beside help that has still not come, a liaison's report, or a
 * question for the remedy still report the problem.
 */
class StaffSayHelpIsUnderwayTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|5号车前面修路那段过了，预计4点10分到赛场",
                "''|7号车送完人已经往回赶了 二十分钟左右",
                "''|@湖北 车在南门 司机跑错地方了 马上开过来 马上到",
                "''|3号车王师傅：10分钟就到酒店门口",
                "''|医疗组已经到了 在二楼",
                "''|维修师傅上去了 稍等",
                "''|大巴上药箱里有 在司机座位后面",
                "''|我车上有创可贴和晕车药 到了给你",
                "''|九院一楼有医务室 你直接带他过去",
                "''|西门进不来 让他们往东门走"
            })
    void noProblem(String sender, String text) {
        assertThat(IssueCases.issues(AT, sender, text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|接湖北的车说预计3点到 现在还没到 司机电话打不通|VEHICLE",
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
