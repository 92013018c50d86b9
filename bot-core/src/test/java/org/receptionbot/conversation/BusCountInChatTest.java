package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;

/** Bus 3 serves Hunan (35 people). */
class BusCountInChatTest {
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    @Test
    void aLiaisonCountingAnotherDelegationsBusIsToldWhoseBusItIsAndAskedToConfirm() {
        f.reads("3号车实到42人", new Headcount("3", 42, "hunan"));

        f.say("guizhou-wang", "2026-11-22T12:30", "3号车实到42人");

        assertThat(f.lastTo(GROUP).text())
                .startsWith("3号车是湖南省代表团的用车（您是贵州省代表团联络员），请确认：")
                .contains("确认");
        assertThat(f.outbox.sentTo(COORDINATORS)).isEmpty();
    }

    @Test
    void morePeopleOnTheBusThanExpectedAreFlaggedLikeAShortfall() {
        f.reads("3号车实到37人", new Headcount("3", 37, "hunan"));

        f.say("hunan-li", "2026-11-22T12:30", "3号车实到37人");

        assertThat(f.lastTo(GROUP).text()).contains("3号车 实到37人（应到35人，⚠多2人）");
        assertThat(f.lastTo(COORDINATORS).text()).isEqualTo("⚠3号车清点多2人（李娜 12:30）：湖南省代表团 实到37人 / 应到35人");
    }
}
