package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.reminder.Spoken;
import org.receptionbot.reminder.VisitNotices;
import org.receptionbot.summary.RecordText;

/**
 * The new-user trials' site list on the conference sample, read by the real parser: the 【考察名单】 a route's site
 * gets says who of its visitors eat which meal there ("安徽去百色的5个晚饭也在那边吃"), per delegation and in total,
 * and the update after a count changes says it again with the new figure.
 */
class SiteListMealsTest {
    private static final Event EVENT = SampleEvents.conference();
    private static final RecordText TEXTS = new RecordText(EVENT);

    private final ConversationFixture f = ConversationFixture.parsing(EVENT);
    private final VisitNotices notices = new VisitNotices(
            EVENT,
            f.core.visits,
            TEXTS,
            f.outbox,
            f.core.said,
            Duration.ofMinutes(90),
            Duration.ofMinutes(30),
            new RouteSiteMeals(EVENT, f.core.ledger, f.core.visits, f.core.people));

    private String fire(VisitNotices.Kind kind, String route, String at) {
        assertThat(notices.fire(kind, route, ConversationFixture.time(at))).isEqualTo(Spoken.SAID);
        var sent = f.outbox.sentTo(new ChatRef("sandbox", "site-" + route));
        return sent.get(sent.size() - 1).text();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "anhui|安徽去百色的5个晚饭也在那边吃|baise|5",
                "henan|我们去百色的6个人晚饭在百色吃|baise|6",
                "jiangsu|江苏北海线5个人 晚饭在那边吃|beihai|5",
                "hebei|河北北海线5个人晚饭在北海吃|beihai|5",
                "zhejiang|浙江柳州线7个人 晚上在柳州那边吃饭 不回山庄吃了|liuzhou|7"
            })
    void theSiteListSaysWhoEatsThere(String team, String text, String route, int people) {
        f.answerTo(team, "2026-12-09T10:00", text);

        String list = fire(VisitNotices.Kind.LIST, route, "2026-12-09T15:30");

        assertThat(list)
                .startsWith("【考察名单】")
                .contains("在当地用餐：晚餐 " + TEXTS.delegation(team) + people + "人，共" + people + "人");
    }

    @Test
    void twoDelegationsAreListedWithTheirTotalAndADropOutUpdatesIt() {
        f.answerTo("anhui", "2026-12-09T10:00", "安徽去百色的5个晚饭也在那边吃");
        f.answerTo("henan", "2026-12-09T10:05", "我们去百色的6个人晚饭在百色吃");

        String list = fire(VisitNotices.Kind.LIST, "baise", "2026-12-09T15:30");
        f.answerTo("henan", "2026-12-09T15:40", "我们有1个人没去百色 留在酒店了");
        String update = fire(VisitNotices.Kind.UPDATE, "baise", "2026-12-09T15:41");

        assertThat(list).contains("在当地用餐：晚餐 安徽省住房和城乡建设厅5人、河南省住房和城乡建设厅6人，共11人");
        assertThat(update).startsWith("【考察名单更新】").contains("在当地用餐：晚餐 安徽省住房和城乡建设厅5人、河南省住房和城乡建设厅5人，共10人");
    }

    @Test
    void eachDelegationsOwnWordStandsBesideAnothersSoItsDropOutGetsTheDinnerBack() {
        f.answerTo("anhui", "2026-12-09T10:00", "安徽去百色的5个晚饭也在那边吃");
        f.answerTo("henan", "2026-12-09T10:05", "我们去百色的6个人晚饭在百色吃");

        String dropOut = f.answerTo("anhui", "2026-12-09T10:20", "我们有1个人没去百色 留在酒店了");

        assertThat(dropOut).contains("酒店加回1人");
        assertThat(f.diners(java.time.LocalDate.of(2026, 12, 9), "DINNER", "anhui"))
                .isEqualTo(1);
    }

    @Test
    void aDelegationSayingItEatsThereAfterTheListIsAnUpdate() {
        fire(VisitNotices.Kind.LIST, "baise", "2026-12-09T15:30");
        f.answerTo("anhui", "2026-12-09T15:40", "安徽去百色的5个晚饭也在那边吃");

        String update = fire(VisitNotices.Kind.UPDATE, "baise", "2026-12-09T15:41");

        assertThat(update).contains("在当地用餐：晚餐 安徽省住房和城乡建设厅5人，共5人");
    }

    @Test
    void withNobodyEatingThereTheListSaysNothingOfMeals() {
        f.answerTo("anhui", "2026-12-09T10:00", "安徽晚饭少2个");

        assertThat(fire(VisitNotices.Kind.LIST, "baise", "2026-12-09T15:30")).doesNotContain("在当地用餐");
        assertThat(f.outbox.sentTo(new ChatRef("sandbox", "site-baise")))
                .extracting(Reply::text)
                .hasSize(1);
    }
}
