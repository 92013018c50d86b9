package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.RecordText;

/**
 * The thirty-third trial's site-visit dinners on the conference sample, read by the real parser: a delegation whose
 * route people eat at the site takes off only them; a coordinator's word that a whole route eats at its site
 * settles the dinner of every delegation on it that has not reported, and the board stops counting them; an
 * official going back to the office for a meeting does not leave the event.
 */
class RouteMealsAtTheSiteTest {
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);
    private static final String COORDINATOR = "huang";

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

    private int dinner(String delegation) {
        return f.diners(VISIT_DAY, "DINNER", delegation);
    }

    private String dinnerBoard(String at) {
        Event event = f.core.event;
        return new MealBoardText(new RecordText(event))
                .render(f.core.meals.board(
                        VISIT_DAY, event.meal("DINNER").orElseThrow(), ConversationFixture.time(at)));
    }

    @Test
    void aDelegationsRoutePeopleEatingAtTheSiteAreTakenOffAloneNotTheWholeDelegation() {
        String zhejiang = f.answerTo("zhejiang", "2026-12-09T09:00", "浙江柳州线7个人 晚上在柳州那边吃饭 不回山庄吃了");
        f.answerTo("shandong", "2026-12-09T09:05", "鲁 百色4个柳州4个 都不变 晚饭在考察点吃 不回来吃");

        assertThat(zhejiang).contains("减少7人").doesNotContain("取消全团");
        assertThat(dinner("zhejiang")).isEqualTo(1);
        assertThat(dinner("shandong")).isEqualTo(1);
    }

    @Test
    void anOfficialGoingBackToTheOfficeForAMeetingStaysAtTheEvent() {
        String answer = f.answerTo("fujian", "2026-12-09T09:00", "北海线我们去5个 有一个处长下午要回厅里开视频会");

        assertThat(answer).contains("北海线").doesNotContain("离开", "离会");
        assertThat(f.core.visits.list("beihai").orElseThrow().people("fujian")).isEqualTo(5);
        assertThat(dinner("fujian")).isEqualTo(6);
        assertThat(f.diners(VISIT_DAY.plusDays(1), "BREAKFAST", "fujian")).isEqualTo(6);
    }

    @Test
    void aCoordinatorsWordThatARouteEatsAtItsSiteSettlesEveryUnreportedDelegationOnIt() {
        f.answerTo("jiangsu", "2026-12-09T10:00", "江苏9个人 北海线5个晚上在北海吃 其余4个在山庄吃晚饭");
        int beihai = f.core.visits.list("beihai").orElseThrow().total();
        assertThat(dinnerBoard("2026-12-09T15:10")).contains("北海线" + (beihai - 5) + "人");

        String answer = f.answerTo(COORDINATOR, "2026-12-09T15:10", "北海线84人晚饭都在北海吃 不回山庄吃了");

        assertThat(answer)
                .contains("北海线人员12月9日（周三）晚餐在考察地用餐：已从22个代表团")
                .contains("中减去该线路人员，共" + (beihai - 5) + "人")
                .contains("按其所报计，未作改动：江苏省住房和城乡建设厅4人");
        assertThat(dinner("jiangsu")).isEqualTo(4);
        assertThat(dinner("hebei")).isEqualTo(1);
        assertThat(dinner("yunnan")).isZero();
        assertThat(dinner("beijing")).isEqualTo(2);
        assertThat(dinnerBoard("2026-12-09T15:11")).doesNotContain("北海线").contains("柳州线");
    }

    @Test
    void theSameWordAgainChangesNothingAndSaysEveryDelegationHasReported() {
        f.answerTo(COORDINATOR, "2026-12-09T15:10", "北海线的人晚饭不回来吃");
        int hebei = dinner("hebei");

        String again = f.answerTo(COORDINATOR, "2026-12-09T15:12", "北海线84人晚饭都在北海吃 不回山庄吃了");

        assertThat(again).contains("该线路各团均已报").doesNotContain("减去");
        assertThat(dinner("hebei")).isEqualTo(hebei).isEqualTo(1);
    }

    @Test
    void routesSaidTogetherAreSettledAndTheOneComingBackIsNot() {
        f.answerTo(COORDINATOR, "2026-12-09T15:10", "通知：北海线和百色线晚饭都在当地吃，柳州线回山庄吃");

        assertThat(dinner("hebei")).isEqualTo(1);
        assertThat(dinner("tianjin")).isZero();
        assertThat(dinner("zhejiang")).isEqualTo(8);
    }

    @Test
    void aQuestionOrAPartOfARouteSettlesNothing() {
        for (String said : new String[] {
            "北海线的晚饭是回来吃还是在北海吃",
            "北海线有几个团说晚饭在北海吃 具体哪几个我再问问",
            "柳州线的同志考察结束后在柳州吃晚饭吗？",
            "福建的北海线人员晚上不回来吃",
            "北海线晚饭在北海吃，请各团联络员相应减报"
        }) {
            f.say(COORDINATOR, "2026-12-09T15:10", said);

            assertThat(dinner("hebei")).as(said).isEqualTo(6);
            assertThat(dinner("zhejiang")).as(said).isEqualTo(8);
        }
    }

    @Test
    void aLiaisonCannotSettleAWholeRoute() {
        f.say("hebei", "2026-12-09T15:10", "北海线的人晚饭不回来吃");

        assertThat(dinner("yunnan")).isEqualTo(6);
    }
}
