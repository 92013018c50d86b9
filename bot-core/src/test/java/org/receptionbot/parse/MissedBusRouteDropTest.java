package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.VisitChange;

/**
 * A bus missed or a no-show at the bus, then the route's figure lowered or the route given up ("没赶上车 算了 北海线少一个",
 * "安徽有一位没坐上车 那就算了 百色线减1人"): a drop-out off that route, not a vehicle problem; with nothing given up
 * ("没赶上北海的车 怎么办") the problem stands.
 */
class MissedBusRouteDropTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T13:40");

    @ParameterizedTest
    @CsvSource({
        "fujian, 福建那个同志没赶上车 算了 北海线少一个 他就在山庄休息, 1, beihai",
        "hubei, 湖北有两个没赶上车 柳州线少2个, 2, liuzhou",
        "henan, 河南1个人没赶上大巴 算了 百色那边少1人, 1, baise",
        "jilin, 吉林老孙没赶上车 那就不去北海了 北海线少一个, 1, beihai",
        "anhui, 安徽有一位没坐上车 那就算了 百色线减1人, 1, baise",
        "hunan, 湖南厅小李没赶上大巴 算了 北海这边少一位 他在房间休息, 1, beihai"
    })
    void missedBusThenRouteLoweredIsADropOut(String sender, String text, int count, String route) {
        var records = PARSER.read(text, sender).records();
        assertThat(records)
                .filteredOn(VisitChange.class::isInstance)
                .containsExactly(new VisitChange(sender, count, route, null));
        assertThat(records).noneMatch(r -> r instanceof Issue i && i.category() == IssueCategory.VEHICLE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "大连有一个没赶上北海的车 还在党校门口 怎么办",
                "贵州有一个落在党校了 没赶上柳州的车 需要派个车送他过去",
                "有一位没赶上车 北海线能不能等一下",
                "福建有个同志没赶上车 少一个人 麻烦派个车送一下"
            })
    void missedBusWithNothingGivenUpStaysAProblem(String text) {
        var records = PARSER.read(text, "fujian").records();
        assertThat(records).noneMatch(VisitChange.class::isInstance);
    }

    /** "2个人没赶上车 … 打车去柳州也不现实 算了不去了": the figure is the missed people's; never read as the whole delegation. */
    @ParameterizedTest
    @ValueSource(strings = {"深圳柳州线2个人没赶上车 午觉睡过头了 打车去柳州也不现实 算了不去了", "我们北海线3个没赶上大巴 打车去北海太远了 就不去了"})
    void missedBusFigureIsNotLostToTheWholeDelegation(String text) {
        PARSER.check(text, "shenzhen")
                .thenRecords()
                .filteredOn(VisitChange.class::isInstance)
                .noneMatch(r -> ((VisitChange) r).count() == null);
    }
}
