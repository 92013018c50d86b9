package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trial's site-visit dinner after a coordinator settled it (北海线 and 百色线 eat at their sites, 柳州线 comes
 * back), on the conference sample read by the real parser: a delegation's dinner at the meeting place follows its
 * people on the routes eating away as they stand now. A drop-out or a switch to 柳州线 gives the dinner back, people
 * joining a route eating away are taken off it, and the delegation's own dinner figure said afterwards wins.
 */
class RouteMealFollowsRouteFiguresTest {
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);
    private static final String COORDINATOR = "huang";

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

    private int dinner(String delegation) {
        return f.diners(VISIT_DAY, "DINNER", delegation);
    }

    @BeforeEach
    void settle() {
        f.answerTo(COORDINATOR, "2026-12-09T14:40", "通知：北海线和百色线晚饭都在当地吃，柳州线回山庄吃");
    }

    @Test
    void aDropOutFromARouteEatingAwayIsGivenBackTheDinner() {
        assertThat(dinner("tianjin")).isZero();

        String answer = f.answerTo("tianjin", "2026-12-09T14:50", "我们有1个人不舒服没去百色 留在酒店了");

        assertThat(answer).contains("百色线减1人：12月9日（周三）晚餐 酒店加回1人");
        assertThat(dinner("tianjin")).isEqualTo(1);
    }

    @Test
    void aRouteFigureCorrectedAfterTheDinnerWasServedTellsOfNoDinnerRefused() {
        f.answerTo("jiangsu", "2026-12-09T14:50", "江苏百色线少2个");
        int served = dinner("jiangsu");

        String answer = f.answerTo("jiangsu", "2026-12-09T20:10", "不对 江苏百色线是2个 刚才意思是下车了一个");

        assertThat(answer).contains("百色线").doesNotContain("未记录", "已开餐", "晚餐");
        assertThat(dinner("jiangsu")).isEqualTo(served);
    }

    @Test
    void aRouteFigureCorrectedBeforeTheDinnerStillMovesIt() {
        f.answerTo("jiangsu", "2026-12-09T14:50", "江苏百色线少2个");
        int before = dinner("jiangsu");

        String answer = f.answerTo("jiangsu", "2026-12-09T15:10", "不对 江苏百色线是2个 刚才意思是下车了一个");

        assertThat(answer).contains("酒店减1人");
        assertThat(dinner("jiangsu")).isEqualTo(before - 1);
    }

    @Test
    void aDropOutSaidAsFewerOnTheRouteIsGivenBackTheDinner() {
        assertThat(dinner("hebei")).isEqualTo(1);

        String answer = f.answerTo("hebei", "2026-12-09T14:50", "河北北海线少1个 不去了");

        assertThat(answer).contains("北海线减1人：12月9日（周三）晚餐 酒店加回1人");
        assertThat(dinner("hebei")).isEqualTo(2);
    }

    @Test
    void aSwitchToTheRouteComingBackGivesTheDinnerBackAndTheOtherWayTakesItOff() {
        int shandong = dinner("shandong");
        int zhejiang = dinner("zhejiang");

        String back = f.answerTo("shandong", "2026-12-09T14:50", "山东百色线有1个人改去柳州线");
        String away = f.answerTo("zhejiang", "2026-12-09T14:52", "浙江柳州线有2个改去北海线");

        assertThat(back).contains("百色线减1人：12月9日（周三）晚餐 酒店加回1人");
        assertThat(dinner("shandong")).isEqualTo(shandong + 1);
        assertThat(away).contains("北海线加2人：12月9日（周三）晚餐 在考察地用餐，酒店减2人");
        assertThat(dinner("zhejiang")).isEqualTo(zhejiang - 2);
    }

    @Test
    void aSwitchBetweenTwoRoutesEatingAwayLeavesTheDinner() {
        int jiangxi = dinner("jiangxi");

        String answer = f.answerTo("jiangxi", "2026-12-09T14:50", "江西北海线有1个人改去百色线");

        assertThat(answer).doesNotContain("酒店加回", "酒店减");
        assertThat(dinner("jiangxi")).isEqualTo(jiangxi);
    }

    @Test
    void peopleJoiningARouteEatingAwayAfterTheCutAreTakenOffTheDinner() {
        int henan = dinner("henan");

        String answer = f.answerTo("henan", "2026-12-09T14:50", "河南百色线再加1个人");

        assertThat(answer).contains("百色线加1人：12月9日（周三）晚餐 在考察地用餐，酒店减1人");
        assertThat(dinner("henan")).isEqualTo(henan - 1);
    }

    @Test
    void undoingTheDropOutTakesTheDinnerBackWithIt() {
        f.answerTo("tianjin", "2026-12-09T14:50", "我们有1个人不舒服没去百色 留在酒店了");

        assertThat(f.answerTo("tianjin", "2026-12-09T14:51", "撤销")).startsWith("已撤销：");

        assertThat(dinner("tianjin")).isZero();
        assertThat(f.core.visits.list("baise").orElseThrow().people("tianjin")).isEqualTo(4);
    }

    @Test
    void aSettlementTakenBackLeavesTheDinnerToTheRouteFiguresNoMore() {
        assertThat(f.answerTo(COORDINATOR, "2026-12-09T14:45", "撤销")).startsWith("已撤销：");
        int tianjin = dinner("tianjin");

        String answer = f.answerTo("tianjin", "2026-12-09T14:50", "我们有1个人不舒服没去百色 留在酒店了");

        assertThat(answer).doesNotContain("酒店加回");
        assertThat(dinner("tianjin")).isEqualTo(tianjin).isEqualTo(4);
    }

    @Test
    void theDelegationsOwnDinnerFigureSaidAfterwardsWins() {
        f.answerTo("tianjin", "2026-12-09T14:50", "我们有1个人不舒服没去百色 留在酒店了");
        f.answerTo("tianjin", "2026-12-09T15:20", "天津晚饭2个");

        String later = f.answerTo("tianjin", "2026-12-09T15:30", "百色线又少1个 身体不舒服回酒店了");

        assertThat(later).doesNotContain("酒店加回");
        assertThat(dinner("tianjin")).isEqualTo(2);
    }

    @Test
    void aDropOutBeforeTheSettlementIsCountedByTheSettlementOnly() {
        ConversationFixture early = ConversationFixture.parsing(SampleEvents.conference());
        early.answerTo("tianjin", "2026-12-09T13:00", "我们有1个人不舒服没去百色 留在酒店了");

        early.answerTo(COORDINATOR, "2026-12-09T14:40", "通知：北海线和百色线晚饭都在当地吃，柳州线回山庄吃");

        assertThat(early.diners(VISIT_DAY, "DINNER", "tianjin")).isEqualTo(1);
    }

    @Test
    void aRouteNotSettledChangesNoDinner() {
        int hubei = dinner("hubei");

        String answer = f.answerTo("hubei", "2026-12-09T14:50", "湖北柳州线少1个 不去了");

        assertThat(answer).doesNotContain("酒店加回");
        assertThat(dinner("hubei")).isEqualTo(hubei);
    }
}
