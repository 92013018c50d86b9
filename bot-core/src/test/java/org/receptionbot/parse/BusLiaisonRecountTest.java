package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;

/**
 * A bus liaison's recount is their bus's head count whatever remark on why follows it, people and delegations named in
 * it too (the delegation of the reason is not the count's).
 */
class BusLiaisonRecountTest {
    private static final MessageParser CONFERENCE = new MessageParser(TestEvents.conference());
    private static final Instant NOW =
            OffsetDateTime.parse("2026-12-09T08:30:00+08:00").toInstant();

    @ParameterizedTest
    @CsvSource({
        "刚才数错了 是20 有两个坐在最后一排睡着了, 20",
        "刚才数错了 是20 上厕所的回来了, 20",
        "刚才点错了 应该是22 后排有两个趴着睡觉没看到, 22",
        "数错了 实际是19 有一个蹲下去系鞋带了, 19",
        "之前数错了 其实是23 后面两个被行李挡住了, 23",
        "不对 刚才少数了 是41 有个小孩坐在前面没看见, 41",
        "错了 刚才多算了 是38 把司机也算进去了, 38",
        "不好意思 刚才点少了 实到33 有个小朋友蹲在座位底下, 33",
        "刚才算少了 是44 后排还有两个在睡觉, 44",
        "不对 刚才数错了 是41 有个小孩坐在前面没看见, 41",
        "刚才数错了 是39个 宁夏那个本来就没上车, 39",
        "重新数了 是38个 甘肃那个去买水了, 38",
        "不对 刚才多算了 是36 把云南的领队算进去了, 36",
        "点错了 实到41 湖北的两个坐后排没看到, 41",
        "更正 实到37人 湖南那个去厕所了还没回来, 37",
        "更正 37人 广西那位没上车, 37"
    })
    void aRecountWithItsReasonIsTheSendersBusCountOnly(String text, int count) {
        assertThat(CONFERENCE.parse(text, NOW, null, "5").contractRecords())
                .singleElement()
                .isInstanceOfSatisfying(Headcount.class, h -> {
                    assertThat(h.vehicle()).isEqualTo("5");
                    assertThat(h.count()).isEqualTo(count);
                    assertThat(h.delegation()).isNull();
                });
    }
}
