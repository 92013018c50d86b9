package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Session 36: a vehicle's minutes on the road said as it comes ({@link DriverEta}) gives no ISSUE, while people left
 * waiting, a fault or a request keep the VEHICLE problem; the laundry's problems are {@code OTHER}, not the room's
 * ({@link LaundryMatters}); a change of several rooms asked for is a room matter whatever smell is its reason.
 */
class IssueEtaAndLaundryTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|5号车王师傅 不好意思 高架上堵了 十分钟到",
                "''|送湖南的大巴 司机在路上 堵了10分钟",
                "''|2号车在路上了 前面修路绕了一下 8分钟到",
                "''|3号车路口积水 绕了一圈 两分钟就到",
                "''|司机说桥上结冰开得慢 5分钟左右到"
            })
    void etaNoProblem(String sender, String text) {
        assertThat(IssueCases.issues(AT, sender, text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|3号车堵了半小时了 还没到 我们在门口等了二十分钟|VEHICLE",
                "''|5号车还没到 湖南团在门口等了十分钟了 司机说堵了 5分钟到|VEHICLE",
                "''|7号车打不着火了 可能要晚20分钟|VEHICLE",
                "yunnan|5号车师傅电话打不通 说是堵了 十分钟到？|VEHICLE",
                "hubei|龙江洗的队服放洗衣房一天了还没烘干 能不能催一下|OTHER",
                "gansu|送洗的衣服回来了 少了三件 洗衣房说没看到|OTHER",
                "hubei|房间有股烟味 能不能换几间|ROOM",
                "jilin|有两间房烟味太大 能不能换两间|ROOM",
                "hubei|1203房间的热水没有 洗衣房也关门了|ROOM"
            })
    void problemStands(String sender, String text, IssueCategory category) {
        assertThat(IssueCases.issues(AT, sender, text))
                .as(text)
                .extracting(Issue::category)
                .contains(category);
    }
}
