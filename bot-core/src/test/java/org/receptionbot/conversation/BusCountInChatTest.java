package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;

/** Bus 3 serves Hunan (35 people). */
class BusCountInChatTest {
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    @Test
    void aLiaisonCountingAnotherDelegationsBusNamingNoDelegationIsAskedWhetherItRidesAlongOrCorrects() {
        f.reads("3号车实到42人", new Headcount("3", 42, "hunan"));

        f.say("guizhou-wang", "2026-11-22T12:30", "3号车实到42人");

        assertThat(f.lastTo(GROUP).text())
                .startsWith("3号车是湖南省代表团的用车（您是贵州省代表团联络员），“3号车 实到42人”未写明是哪个团的人数，请选择：")
                .contains("同车——贵州省代表团乘3号车的人数记为42人")
                .contains("代报——作为3号车（湖南省代表团）的人数，记为实到42人");
        assertThat(f.lastTo(GROUP).buttons()).extracting(b -> b.label()).containsExactly("同车", "代报");
        assertThat(f.outbox.sentTo(COORDINATORS)).isEmpty();
    }

    @Test
    void morePeopleOnTheBusThanExpectedAreFlaggedLikeAShortfall() {
        f.reads("3号车实到37人", new Headcount("3", 37, "hunan"));

        f.say("hunan-li", "2026-11-22T12:30", "3号车实到37人");

        assertThat(f.lastTo(GROUP).text()).contains("3号车 实到37人（应到35人，⚠多2人）");
        assertThat(f.lastTo(COORDINATORS).text()).isEqualTo("⚠3号车清点多2人（李娜 12:30）：湖南省代表团 实到37人 / 应到35人");
    }

    @Test
    void aCarCarryingPartOfItsDelegationHasNoExpectedFigureAndNoFalseShortfall() {
        ConversationFixture twoCars = new ConversationFixture(withHunanCar("8", 4));
        twoCars.reads("8号车实到3人", new Headcount("8", 3, "hunan"));

        twoCars.say("hunan-li", "2026-11-22T12:30", "8号车实到3人");

        assertThat(twoCars.lastTo(GROUP).text()).contains("8号车 实到3人").doesNotContain("应到", "⚠");
        assertThat(twoCars.outbox.sentTo(COORDINATORS)).isEmpty();
    }

    @Test
    void aDelegationsOneBusStillExpectsTheWholeDelegation() {
        f.reads("3号车实到30人", new Headcount("3", 30, "hunan"));

        f.say("hunan-li", "2026-11-22T12:30", "3号车实到30人");

        assertThat(f.lastTo(GROUP).text()).contains("（应到35人，⚠少5人）");
    }

    /** The event with people, Hunan (35) riding bus 3 and a small car of {@code seats} seats. */
    @SuppressWarnings("unchecked")
    private static Event withHunanCar(String id, int seats) {
        String resource = "/events/event-with-people.yml";
        Map<String, Object> tree = TestEvents.tree(resource);
        ((List<Object>) tree.get("vehicles"))
                .add(Map.of("id", id, "plate", "鄂Q·A1008", "driver", "向师傅", "seats", seats, "delegation", "hunan"));
        return ((EventReading.Valid) EventReader.read(resource, tree)).event();
    }
}
