package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Someone left behind by a route's bus, the bus named by its route ("没赶上北海的车", "北海线的车走了 我们还有一个没上去"):
 * a VEHICLE problem of the delegation, no sign-up to the route and no departure; the bus leaving moves no one. Giving
 * the visit up after it is a drop-out ({@link MissedBusRouteDropTest}).
 */
class LeftBehindByRouteBusTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:38");

    @ParameterizedTest
    @CsvSource({
        "dalian, 大连有一个没赶上北海的车 还在党校门口 怎么办, dalian",
        "sichuan, 四川的有个同志没赶上北海的车 能打车追吗, sichuan",
        "guizhou, 贵州有一个落在党校了 没赶上柳州的车 需要派个车送他过去, guizhou",
        "hunan, 我们湖南两个人没坐上百色线的车 还在东门等着, hunan",
        "sichuan, 北海线的车走了 我们还有一个没上去 能不能打车追, sichuan",
        "hubei, 柳州线的车已经开了 湖北还有两个没上车 怎么办, hubei",
        ", 百色的车刚走了 江西有一位没赶上 麻烦派个车, jiangxi"
    })
    void leftBehindIsAVehicleProblem(String sender, String text, String team) {
        var records = PARSER.read(text, sender).records();
        assertThat(records)
                .hasSize(1)
                .allMatch(r ->
                        r instanceof Issue i && i.category() == IssueCategory.VEHICLE && team.equals(i.delegation()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"北海线的车走了 我们的人都上去了", "北海线的车走了吗 我们还有一个在路上", "柳州的车开走了 湖北6个都在车上", "百色线的车已经出发了"})
    void aRouteBusLeavingIsNoDeparture(String text) {
        PARSER.check(text, "hubei")
                .thenRecords()
                .noneMatch(Departure.class::isInstance)
                .noneMatch(Issue.class::isInstance);
    }

    /** Look-alikes: people on a route's bus, a meal missed, the bus missed and the visit given up: no vehicle problem. */
    @ParameterizedTest
    @CsvSource({
        "hunan, 我们3个坐上北海的车了",
        "hunan, 湖南有一个没赶上百色的车 算了 百色线少一个",
        "hunan, 湖南有一个没赶上百色的车 算了不去了",
        "guangdong, 广东的落地晚了没赶上晚宴 刚到山庄 8个人都到齐了"
    })
    void lookAlikesAreNoVehicleProblem(String sender, String text) {
        PARSER.check(text, sender)
                .thenRecords()
                .noneMatch(Issue.class::isInstance)
                .noneMatch(Departure.class::isInstance);
    }
}
