package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thirty-seventh trial's site-visit dinner on the conference sample, read by the real parser: a delegation's own
 * word that its route people eat at the site ("我们去百色的6个人晚饭在百色吃") settles its dinner as a coordinator's
 * word settles a route's, so a later drop-out gives the hotel dinner back by the difference, and "她晚饭在酒店吃" after
 * it is that one person (counted already), not the whole plan.
 */
class TrialThirtySevenOwnRouteMealTest {
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

    private int dinner(String delegation) {
        return f.diners(VISIT_DAY, "DINNER", delegation);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan|我们去百色的6个人晚饭在百色吃|百色|1",
                "hebei|河北北海线5个人晚饭在北海吃|北海|1",
                "hubei|我们柳州线6个人晚饭就在柳州吃了 不回来吃|柳州|1",
                "zhejiang|浙江柳州线7个人 晚上在柳州那边吃饭 不回山庄吃了|柳州|1",
                "mohurd|住建部北海线6人晚餐在北海用餐|北海|8"
            })
    void aDropOutAfterTheDelegationsOwnSettlementGetsTheDinnerBackAndSheIsThatOne(
            String team, String settled, String route, int left) {
        f.answerTo(team, "2026-12-09T10:00", settled);
        assertThat(dinner(team)).isEqualTo(left);

        String dropOut = f.answerTo(team, "2026-12-09T10:20", "我们有1个人没去" + route + " 留在酒店了");
        String she = f.answerTo(team, "2026-12-09T10:30", "她晚饭在酒店吃");

        assertThat(dropOut).contains("减1人：12月9日（周三）晚餐 酒店加回1人");
        assertThat(she).startsWith("已计入：").doesNotContain("按原计划");
        assertThat(dinner(team)).isEqualTo(left + 1);
    }

    @Test
    void withNoDropOutRecordedHeIsOneBack() {
        f.answerTo("henan", "2026-12-09T10:00", "我们去百色的6个人晚饭在百色吃");

        String he = f.answerTo("henan", "2026-12-09T10:30", "他晚饭回酒店吃");

        assertThat(he).contains("增加1人（1人→2人）");
        assertThat(dinner("henan")).isEqualTo(2);
    }

    @Test
    void peopleJoiningTheRouteAfterTheOwnSettlementAreTakenOffTheDinner() {
        f.answerTo("henan", "2026-12-09T10:00", "我们去百色的6个人晚饭在百色吃");

        String more = f.answerTo("henan", "2026-12-09T10:20", "河南百色线再加1个人");

        assertThat(more).contains("百色线加1人：12月9日（周三）晚餐 在考察地用餐，酒店减1人");
        assertThat(dinner("henan")).isZero();
    }

    @Test
    void aCutThatIsNotTheRoutesPeopleSettlesNothing() {
        f.answerTo("henan", "2026-12-09T10:00", "河南晚饭少3个");

        String dropOut = f.answerTo("henan", "2026-12-09T10:20", "我们有1个人没去百色 留在酒店了");

        assertThat(dropOut).doesNotContain("酒店加回");
        assertThat(dinner("henan")).isEqualTo(4);
    }

    @Test
    void theOwnSettlementLeavesOtherDelegationsOnTheRouteAlone() {
        f.answerTo("henan", "2026-12-09T10:00", "我们去百色的6个人晚饭在百色吃");

        String other = f.answerTo("tianjin", "2026-12-09T10:20", "我们有1个人不舒服没去百色 留在酒店了");

        assertThat(other).doesNotContain("酒店加回");
        assertThat(dinner("tianjin")).isEqualTo(4);
    }

    @Test
    void theyOrAnyoneWithoutASettlementAreStillThePlan() {
        f.answerTo("henan", "2026-12-09T10:00", "我们去百色的6个人晚饭在百色吃");

        f.answerTo("henan", "2026-12-09T10:30", "他们晚饭在酒店吃");
        f.answerTo("hunan", "2026-12-09T10:31", "她晚饭在酒店吃");

        assertThat(dinner("henan")).isEqualTo(7);
        assertThat(dinner("hunan")).isEqualTo(7);
    }
}
