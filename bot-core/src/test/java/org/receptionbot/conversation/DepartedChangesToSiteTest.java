package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

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

/**
 * A visit change after a route's buses left, read by the real parser, reaches the route's receiving site with
 * the list change only: an illness filed beside it, or a departure and its meals, stay with the coordinators.
 * 北海线 (2026-11-24, leaves 13:30) plans 湖南 2, 贵州 20.
 */
class DepartedChangesToSiteTest {
    private static final ChatRef SITE = new ChatRef("sandbox", "site-beihai");
    private static final Event EVENT = event();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private String toSite() {
        return f.outbox.sentTo(SITE).stream().map(Reply::text).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void aDropOutWithAnIllnessBesideItTellsTheSiteTheListChangeOnly() {
        String answer = f.answerTo("hunan-li", "2026-11-24T14:00", "北海线有1个身体不舒服 去不了了");

        assertThat(answer).contains("问题#", "北海线：湖南省代表团 1人（原2人）");
        assertThat(toSite())
                .startsWith("⚠考察车辆出发后变更（李娜")
                .contains("北海线：湖南省代表团 1人（原2人）")
                .doesNotContain("问题#", "医疗", "不舒服");
        assertThat(f.lastTo(COORDINATORS).text()).contains("北海线：湖南省代表团 1人（原2人）");
    }

    @Test
    void aDropOutBesideADepartureTellsTheSiteNothingOfTheMeals() {
        f.answerTo("guizhou-wang", "2026-11-24T14:00", "北海线少2个 下午4点坐G1502回贵阳");

        assertThat(toSite()).contains("北海线：贵州省代表团 18人（原20人）").doesNotContain("离开", "早餐", "晚餐");
    }

    @Test
    void aDropOutWithAnIllnessFromTheWholeRouteFigureTellsTheSiteTheFigureOnly() {
        f.answerTo("guizhou-wang", "2026-11-24T14:10", "北海线20个 有一个发烧了不去了 19个");

        assertThat(toSite()).contains("北海线：贵州省代表团 19人（原20人）").doesNotContain("问题#", "发烧");
    }

    @Test
    void anUndoOfAChangeTheSiteWasToldOfIsToldToo() {
        f.answerTo("hunan-li", "2026-11-24T14:00", "北海线少1个");
        f.outbox.clear();

        String answer = f.answerTo("hunan-li", "2026-11-24T14:10", "撤销");

        assertThat(answer).contains("已撤销", "本次撤销已通知北海线接待方");
        assertThat(toSite()).startsWith("【考察名单更新】北海线：此前通知的变动已撤销（李娜").contains("湖南省代表团 1人→2人");
        assertThat(f.outbox.sentTo(COORDINATORS)).hasSize(1);
    }

    @Test
    void anUndoOfAChangeBeforeTheBusesLeftTellsTheSiteNothing() {
        f.answerTo("hunan-li", "2026-11-24T12:00", "北海线少1个");
        f.answerTo("hunan-li", "2026-11-24T14:10", "撤销");

        assertThat(toSite()).isEmpty();
    }

    @Test
    void aFigureRestoredByALaterMessageReachesTheSiteAsAChange() {
        f.answerTo("hunan-li", "2026-11-24T14:00", "北海线少1个");
        f.outbox.clear();

        f.answerTo("hunan-li", "2026-11-24T14:10", "湖南北海线还是2个人 没有变");

        assertThat(toSite()).startsWith("⚠考察车辆出发后变更（李娜").contains("湖南省代表团 2人");
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
