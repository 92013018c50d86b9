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
class OwnRouteSettlementMealsTest {
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

    /** After henan's own settlement (6 of 7 eat at 百色): someone back at the hotel, or one more on the route. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // With no drop-out recorded, he is one back.
                "他晚饭回酒店吃|增加1人（1人→2人）|2",
                // People joining the route after the own settlement are taken off the dinner.
                "河南百色线再加1个人|百色线加1人：12月9日（周三）晚餐 在考察地用餐，酒店减1人|0"
            })
    void aChangeAfterTheOwnSettlementMovesTheHotelDinner(String said, String answered, int left) {
        f.answerTo("henan", "2026-12-09T10:00", "我们去百色的6个人晚饭在百色吃");

        String answer = f.answerTo("henan", "2026-12-09T10:30", said);

        assertThat(answer).contains(answered);
        assertThat(dinner("henan")).isEqualTo(left);
    }

    /**
     * A drop-out gives no dinner back without its own delegation's settlement of the route: a cut that is not the
     * route's people settles nothing, and henan's settlement leaves the other delegations on the route alone.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"henan|河南晚饭少3个|henan|我们有1个人没去百色 留在酒店了|4", "henan|我们去百色的6个人晚饭在百色吃|tianjin|我们有1个人不舒服没去百色 留在酒店了|4"})
    void aDropOutWithoutItsDelegationsOwnSettlementGivesNothingBack(
            String before, String first, String team, String dropOut, int left) {
        f.answerTo(before, "2026-12-09T10:00", first);

        String answer = f.answerTo(team, "2026-12-09T10:20", dropOut);

        assertThat(answer).doesNotContain("酒店加回");
        assertThat(dinner(team)).isEqualTo(left);
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
