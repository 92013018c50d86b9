package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;

/** "9号车是谁在跟" is answered from the event file with the vehicle's card: driver, phone and bus liaisons. */
class VehicleLiaisonQuestionsTest {

    private static String ask(Event event, String sender, String text) {
        ConversationFixture f = new ConversationFixture(event);
        f.say(sender, "2026-11-24T09:00", text);
        return f.lastTo(GROUP).text();
    }

    @Test
    void whoFollowsABusWithNoLiaisonGivesItsDriverAndSaysNoLiaisonIsNamed() {
        assertThat(ask(SampleEvents.conference(), "huang", "9号车是谁在跟"))
                .isEqualTo("9号车\n车牌：桂A·H3109\n司机：廖师傅\n电话：13877100009\n服务：住房和城乡建设部\n随车联络员：未指定");
    }

    @Test
    void whoFollowsACoachGivesItsBusLiaisonWithPhone() {
        assertThat(ask(SampleEvents.conference(), "huang", "7号车是谁在跟？"))
                .startsWith("7号车\n车牌：桂A·H3107\n司机：农师傅")
                .endsWith("随车联络员：梁晓红 13577100007");
    }

    @Test
    void otherWaysOfAskingGiveTheSameCard() {
        Event event = SampleEvents.conference();
        String card = ask(event, "huang", "/car 6");

        assertThat(ask(event, "huang", "6号车跟车的是谁")).isEqualTo(card);
        assertThat(ask(event, "huang", "6号车随车联络员电话")).isEqualTo(card);
        assertThat(ask(event, "huang", "6号车谁负责")).isEqualTo(card);
    }

    @Test
    void anEventWithNoBusLiaisonsShowsNoLiaisonLine() {
        assertThat(ask(org.receptionbot.event.TestEvents.withPeople(), "tian", "3号车是谁在跟"))
                .startsWith("3号车\n")
                .doesNotContain("随车联络员");
    }

    @Test
    void theGamesSamplesBusesHaveTheirLiaisons() {
        assertThat(ask(SampleEvents.games(), "tian", "3号车是谁在跟"))
                .startsWith("3号车\n")
                .endsWith("随车联络员：覃雪梅 13508190143");
    }
}
