package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Session 32: the sender's own slip taken back after a pause or 刚才 ("7号车…不对 是9号车", "刚才1号车说错了 应该是36",
 * "刚才说错了，是6号车") and a wait given up ("还差一个 不等了 先走了") ask no one to act: no ISSUE. A thing that is wrong
 * (胸牌名字打错了, 房间不对, 房卡给错了) and a wait too long (等了半个小时还没来) stay problems.
 */
class SlipsAndWaitsTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "xinjiang|新疆第一批上车了，7号车…不对 是9号车，实到20人",
                "hunan|湖南上了3号车…不对 是4号车，实到30人",
                "''|调度：刚才说错了，是6号车，不是16号",
                "''|调度：刚才打错了，是5号车，不是15号",
                "hubei|更正 刚才1号车说错了 应该是36 2号车是24",
                "''|8号车实到40人 还差一个 不等了 先走了",
                "''|3号车实到三十人 不等了，出发",
                "''|7号车实到四十六人 还差两个 川队的说不等了车先开"
            })
    void aSlipTakenBackOrAWaitGivenUpIsNoProblem(String sender, String text) {
        assertThat(IssueCases.issues(AT, sender, text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|胸牌名字打错了 能不能重新做一个|OTHER",
                "hunan|分的房间不对 是大床房 我们要标间|ROOM",
                "hunan|刚才房卡给错了 打不开|ROOM",
                "hunan|刚才我们的车开错路了|VEHICLE",
                "hunan|湖南的车等了半个小时还没来|VEHICLE",
                "hunan|5号车我们等了一个小时了 司机电话打不通|VEHICLE"
            })
    void aThingWrongOrAWaitTooLongStaysAProblem(String sender, String text, IssueCategory category) {
        assertThat(IssueCases.issues(AT, sender, text))
                .as(text)
                .extracting(Issue::category)
                .contains(category);
    }
}
