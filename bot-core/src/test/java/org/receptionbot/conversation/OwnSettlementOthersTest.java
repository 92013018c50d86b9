package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sixtieth trial's finding 3 on the conference sample, read by the real parser: one delegation's own word that
 * its route people eat at the site ("我们去百色的5个人明天晚饭在百色吃") settles its own dinner only. Another
 * delegation switching a person to that route, or joining it, keeps its dinner: nobody said where it eats.
 */
class OwnSettlementOthersTest {
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-08");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"fujian|福建张处长原来报的北海线 改去百色", "jilin|吉林北海线的李处改去百色", "fujian|福建北海线有1个改去百色", "tianjin|天津百色线再加1个人"})
    void anotherDelegationOnTheRouteKeepsItsDinner(String team, String said) {
        f.answerTo("anhui", "2026-12-08T10:25", "我们去百色的5个人明天晚饭在百色吃");
        int before = f.diners(VISIT_DAY, "DINNER", team);

        String answer = f.answerTo(team, "2026-12-08T17:20", said);

        assertThat(answer).contains("百色").doesNotContain("在考察地用餐").doesNotContain("晚餐");
        assertThat(f.diners(VISIT_DAY, "DINNER", team)).isEqualTo(before);
        assertThat(f.diners(VISIT_DAY, "DINNER", "anhui")).isZero();
    }

    /** The delegation that settled its own dinner still follows its route figures. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"安徽百色线再加1个人|0", "我们有1个人不去百色了|1"})
    void theSettlingDelegationStillFollowsItsRoute(String said, int left) {
        f.answerTo("anhui", "2026-12-08T10:25", "我们去百色的5个人明天晚饭在百色吃");

        f.answerTo("anhui", "2026-12-08T17:20", said);

        assertThat(f.diners(VISIT_DAY, "DINNER", "anhui")).isEqualTo(left);
    }
}
