package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;

/**
 * The form of what a route's counts and late changes send: one route warning per message however many of its buses
 * it counts; a route's site told of the visit change only, not of meals or departures (real parser, sample conference).
 */
class RouteNoticesFormTest {
    private static final ChatRef SITE = new ChatRef("sandbox", "site-beihai");

    @Test
    void twoBusesOfARouteCountedShortInOneMessageWarnOnce() {
        for (String said : new String[] {"1号车实到32 2号车30", "1号车32人 2号车30人", "1号车实到32人，2号车实到30人"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

            String answer = f.answerTo("bus1", "2026-12-09T14:05", said);

            assertThat(answer.split("\n"))
                    .as(said)
                    .filteredOn(l -> l.contains("百色线清点少"))
                    .hasSize(1);
        }
    }

    @Test
    void theSiteIsToldOfTheVisitChangeAloneAfterTheBusesLeft() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        int before = f.outbox.sentTo(SITE).size();

        f.answerTo("sichuan", "2026-12-09T15:05", "四川北海4个里有1个不去了 他要赶飞机 CA4308 下午4点40的");

        List<Reply> site =
                f.outbox.sentTo(SITE).subList(before, f.outbox.sentTo(SITE).size());
        assertThat(site)
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .contains("⚠考察车辆出发后变更")
                        .contains("不参加北海线考察")
                        .doesNotContain("离开")
                        .doesNotContain("餐")
                        .contains("请随车联络员核实"));
        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text()).contains("1人离会");
    }
}
