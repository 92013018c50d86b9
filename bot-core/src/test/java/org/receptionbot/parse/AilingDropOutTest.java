package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * One person of a route's group unwell, and not going said in the clause after with no route: a problem to act on and
 * one person off the route named before.
 */
class AilingDropOutTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T07:40");

    @ParameterizedTest
    @CsvSource({
        "fujian, 福建北海线有个同志身体不舒服 下午不去了, beihai",
        "hunan, 湖南柳州线有一位老师感冒了 今天就不去了, liuzhou",
        "jiangxi, 江西百色那边有个同志拉肚子 考察去不了了, baise"
    })
    void theOneUnwellLeavesTheRoute(String sender, String text, String route) {
        var records = PARSER.read(text, sender).contractRecords();
        assertThat(records).as(text).filteredOn(r -> r instanceof Issue).hasSize(1);
        assertThat(records)
                .as(text)
                .filteredOn(r -> r instanceof VisitChange)
                .singleElement()
                .satisfies(r -> {
                    VisitChange v = (VisitChange) r;
                    assertThat(v.from()).isEqualTo(route);
                    assertThat(v.to()).isNull();
                    assertThat(v.count()).isEqualTo(1);
                });
        assertThat(records).as(text).noneMatch(r -> r instanceof Visit);
    }

    @ParameterizedTest
    @CsvSource({"fujian, 福建北海线有个同志身体不舒服 麻烦送点药", "fujian, 福建北海线有个同志身体不舒服 医务室在哪 他下午还去", "hunan, 湖南柳州线有一位老师感冒了 还是坚持要去"})
    void noDropOutSaidChangesNoRoute(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(VisitChange.class);
    }
}
