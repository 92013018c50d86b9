package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.reminder.Spoken;
import org.receptionbot.reminder.VisitNotices;
import org.receptionbot.summary.RecordText;
import org.receptionbot.testing.Sources;

/**
 * One person on a route swapped for another, the count unchanged, read by the real parser: answered
 * with the figure that stands, nothing recorded, and told once to the route's site when its list had
 * gone out. 北海线 (2026-11-24, arrives 16:30, list at 15:00) plans 湖南 2, 贵州 20; 柳州线 plans 贵州 10.
 */
class VisitSwapsInChatTest {
    private static final ChatRef SITE = new ChatRef("sandbox", "site-beihai");
    private static final Event EVENT = event();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);
    private final VisitNotices notices = new VisitNotices(
            EVENT,
            f.core.visits,
            new RecordText(EVENT),
            f.outbox,
            f.core.said,
            Duration.ofMinutes(90),
            Duration.ofMinutes(30));

    private int hunanOnBeihai() {
        return f.core.visits.people("beihai", "hunan");
    }

    @Test
    void aSwapBeforeTheListGoesOutIsAcknowledgedWithTheFigureUnchanged() {
        String answer = f.answerTo("hunan-li", "2026-11-24T10:00", "李处不去北海了 换王科去");

        assertThat(answer).isEqualTo("已收到：湖南省代表团 北海线：李处不去，改由王科参加，人数不变（仍2人），名单人数不作调整。");
        assertThat(hunanOnBeihai()).isEqualTo(2);
        assertThat(f.ledger.day(java.time.LocalDate.of(2026, 11, 24)).active()).isEmpty();
        assertThat(f.outbox.sentTo(SITE)).isEmpty();
    }

    @Test
    void aSwapAfterALeadInNamesItsRouteAndIsAcknowledgedWithoutAQuestion() {
        for (String text : new String[] {"湖南的考察那个 嗯 北海线李处换成王科去 人数不变", "湖南那个考察 北海线张处换王处 人数没变", "嗯 北海线李处换成陈处 人数不变"}) {
            String answer = f.answerTo("hunan-li", "2026-11-24T10:00", text);

            assertThat(answer).as(text).startsWith("已收到：湖南省代表团 北海线：").contains("人数不变（仍2人）");
        }
        assertThat(hunanOnBeihai()).isEqualTo(2);
        assertThat(f.ledger.day(java.time.LocalDate.of(2026, 11, 24)).active()).isEmpty();
    }

    @Test
    void aSwapAfterTheListWentToTheSiteIsToldToTheSiteOnce() {
        assertThat(notices.fire(VisitNotices.Kind.LIST, "beihai", Sources.instant("2026-11-24T15:00")))
                .isEqualTo(Spoken.SAID);
        f.outbox.clear();

        String answer = f.answerTo("hunan-li", "2026-11-24T15:10", "北海线张处长换成王处长去，人数不变");

        assertThat(answer).startsWith("已收到：湖南省代表团 北海线：张处长不去，改由王处长参加，人数不变（仍2人）").endsWith("北海线名单已发出，本次调整已通知北海线接待方。");
        assertThat(f.outbox.sentTo(SITE))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .startsWith("【考察名单更新】北海线预计16:30到达\n  湖南省代表团 北海线：张处长不去，改由王处长参加（人数不变，仍2人）");
        assertThat(f.outbox.sentTo(COORDINATORS)).hasSize(1);
        assertThat(notices.fire(VisitNotices.Kind.UPDATE, "beihai", Sources.instant("2026-11-24T15:11")))
                .isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(f.outbox.sentTo(SITE)).hasSize(1);
    }

    @Test
    void everyWayOfSayingTheSwapIsAnsweredAndRecordsNothing() {
        String[] said = {"去北海的李处换王科，人数不变", "李处长不去了，换王处长去北海", "王科替李处去北海", "李处不参加北海考察了 改由王科去"};
        int minute = 0;
        for (String text : said) {
            String answer = f.answerTo("hunan-li", "2026-11-24T10:%02d".formatted(minute++), text);
            assertThat(answer).as(text).startsWith("已收到：湖南省代表团 北海线：").contains("人数不变（仍2人）");
        }
        assertThat(hunanOnBeihai()).isEqualTo(2);
        assertThat(f.ledger.day(java.time.LocalDate.of(2026, 11, 24)).active()).isEmpty();
    }

    @Test
    void aCoordinatorNamesTheDelegationAndALiaisonMayLeaveTheRouteOutWhenTheyAreOnOne() {
        assertThat(f.answerTo("tian", "2026-11-24T10:00", "湖南北海线李处换成王科"))
                .startsWith("已收到：湖南省代表团 北海线：李处不去，改由王科参加，人数不变（仍2人）");
        assertThat(f.answerTo("hunan-li", "2026-11-24T10:01", "李处不去了 换王科去")).startsWith("已收到：湖南省代表团 北海线：李处不去，改由王科参加");
    }

    @Test
    void aSwapOnARouteTheDelegationIsNotOnIsQuestioned() {
        assertThat(f.answerTo("hunan-li", "2026-11-24T10:00", "柳州线李处换成王科"))
                .isEqualTo("已收到：湖南省代表团 柳州线：李处不去，改由王科参加。\n⚠柳州线名单中现无湖南省代表团的人员，请核实后报人数，如“柳州线1人”。");
    }

    @Test
    void twoForOneOrAFigureIsNoSwap() {
        f.say("hunan-li", "2026-11-24T10:00", "北海线李处换成王科和张三");
        assertThat(f.outbox.sentTo(ConversationFixture.GROUP))
                .extracting(Reply::text)
                .noneMatch(t -> t.startsWith("已收到："));

        f.answerTo("hunan-li", "2026-11-24T10:01", "北海线少1人");
        assertThat(hunanOnBeihai()).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static Event event() {
        String resource = "/events/event-with-visits.yml";
        Map<String, Object> tree = TestEvents.tree(resource);
        List<Object> chats = new ArrayList<>((List<Object>) tree.get("chats"));
        chats.add(Map.of(
                "platform", "sandbox", "id", "site-beihai", "name", "北海线接待群", "role", "SITE", "visit", "beihai"));
        tree.put("chats", chats);
        return ((EventReading.Valid) EventReader.read(resource, tree)).event();
    }
}
