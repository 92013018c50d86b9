package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.reminder.Spoken;
import org.receptionbot.reminder.VisitNotices;
import org.receptionbot.summary.RecordText;

/**
 * Trial 57 row 2 on the conference sample (visit day 12-09), read by the real parser: a few of a delegation leaving
 * before the visit come off its route when it has people on one route (天津, 4: 百色线 4); with people on several (北京:
 * 北海线 3, 柳州线 2) the route totals stay and the route is asked, unless the message names it, and the reply naming
 * it takes them off that route and tells the site as any change after the list went out.
 */
class LeaverRoutesTest {
    private static final Event EVENT = SampleEvents.conference();
    private static final ChatRef BEIHAI_SITE = new ChatRef("sandbox", "site-beihai");
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private String visits(String route) {
        return f.answerTo("huang", "2026-12-09T09:00", "/visits " + route);
    }

    @Test
    void aLeaverFromATeamOnSeveralRoutesIsAskedTheRouteAndTheTotalsStay() {
        String answer = f.answerTo("beijing", "2026-12-09T07:30", "北京中午我们5个人吃 有个同志上午发完言就走");

        assertThat(answer)
                .contains("上午 离开 1人")
                .contains("请问是哪条考察线路？")
                .doesNotContain("北海线：北京")
                .doesNotContain("柳州线：北京");
        assertThat(visits("北海线")).contains("北京市住房和城乡建设委员会 3人\n");
        assertThat(visits("柳州线")).contains("北京市住房和城乡建设委员会 2人\n");
    }

    @Test
    void theReplyNamingTheRouteTakesTheLeaverOffIt() {
        f.answerTo("beijing", "2026-12-09T07:30", "北京中午我们5个人吃 有个同志上午发完言就走");

        assertThat(f.answerTo("beijing", "2026-12-09T07:32", "北海线")).contains("北海线：北京市住房和城乡建设委员会 2人（原3人）");
        assertThat(visits("北海线")).contains("北京市住房和城乡建设委员会 2人（计划3人）");
        assertThat(visits("柳州线")).contains("北京市住房和城乡建设委员会 2人\n");
    }

    @Test
    void theLeaverNamedWithTheirRouteIsTakenOffItWithoutAsking() {
        String answer = f.answerTo("beijing", "2026-12-09T07:30", "柳州线的那个同志先走了");

        assertThat(answer).doesNotContain("请问").contains("柳州线：北京市住房和城乡建设委员会 1人（原2人）");
        assertThat(visits("柳州线")).contains("北京市住房和城乡建设委员会 1人（计划2人）");
        assertThat(visits("北海线")).contains("北京市住房和城乡建设委员会 3人\n");
    }

    @Test
    void aLeaverBesideTheTeamsRouteFiguresIsNotAsked() {
        String answer = f.answerTo("beijing", "2026-12-09T07:30", "北京有个同志上午发完言就走 北海线2个 柳州线2个");

        assertThat(answer).doesNotContain("请问");
        assertThat(visits("北海线")).contains("北京市住房和城乡建设委员会 2人");
        assertThat(visits("柳州线")).contains("北京市住房和城乡建设委员会 2人");
    }

    @Test
    void aLeaverFromATeamOnOneRouteComesOffItAndTheAnswerSaysSo() {
        String answer = f.answerTo("tianjin", "2026-12-09T07:30", "天津有个同志上午发完言就走");

        assertThat(answer).doesNotContain("请问").contains("百色线：天津市住房和城乡建设委员会 4→3人");
        assertThat(visits("百色线")).contains("天津市住房和城乡建设委员会 3人");
    }

    @Test
    void theSiteIsToldOfTheRouteAnsweredAfterTheListWentOut() {
        VisitNotices notices = new VisitNotices(
                EVENT,
                f.core.visits,
                new RecordText(EVENT),
                f.outbox,
                f.core.said,
                Duration.ofHours(5),
                Duration.ofMinutes(30),
                new RouteSiteMeals(EVENT, f.core.ledger, f.core.visits, f.core.people));
        assertThat(notices.fire(VisitNotices.Kind.LIST, "beihai", ConversationFixture.time("2026-12-09T11:30")))
                .isEqualTo(Spoken.SAID);
        int before = f.outbox.sentTo(BEIHAI_SITE).size();

        f.answerTo("beijing", "2026-12-09T11:40", "北京有个同志上午发完言就走了");
        assertThat(notices.fire(VisitNotices.Kind.UPDATE, "beihai", ConversationFixture.time("2026-12-09T11:41")))
                .isEqualTo(Spoken.NOTHING_TO_SAY);
        f.answerTo("beijing", "2026-12-09T11:42", "北海线");
        assertThat(notices.fire(VisitNotices.Kind.UPDATE, "beihai", ConversationFixture.time("2026-12-09T11:45")))
                .isEqualTo(Spoken.SAID);

        List<Reply> site = f.outbox
                .sentTo(BEIHAI_SITE)
                .subList(before, f.outbox.sentTo(BEIHAI_SITE).size());
        assertThat(site).singleElement().satisfies(r -> {
            assertThat(r.text()).startsWith("【考察名单更新】北海线").contains("北京市住房和城乡建设委员会");
        });
    }
}
