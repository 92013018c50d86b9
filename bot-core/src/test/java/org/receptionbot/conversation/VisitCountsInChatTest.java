package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;

/**
 * A site-visit bus's head count in the chat: 北海线 has one bus (5, 45 seats) for 22 people, so the
 * bus should carry the route's 22; a short route and a count above the seats are told to the
 * coordinators once.
 */
class VisitCountsInChatTest {
    private static final String RESOURCE = "/events/event-with-visits.yml";
    private static final Event EVENT =
            ((EventReading.Valid) EventReader.read(RESOURCE, TestEvents.tree(RESOURCE))).event();
    private final ConversationFixture f = new ConversationFixture(EVENT);

    private String count(String at, int n) {
        return count(at, n, "");
    }

    private String count(String at, int n, String after) {
        String text = "5号车实到" + n + "人" + after;
        f.reads(text, new Headcount("5", n, null));
        f.say("tian", at, text);
        return f.lastTo(GROUP).text();
    }

    private long toCoordinators(String words) {
        return f.outbox.sentTo(COORDINATORS).stream()
                .map(Reply::text)
                .filter(t -> t.contains(words))
                .count();
    }

    @Test
    void aRouteCountedShortIsToldToTheCoordinatorsOnceAndSaidInTheAnswer() {
        assertThat(count("2026-11-24T13:20", 20)).contains("⚠北海线清点少2人：1/1辆车已清点，实到20人 / 应到22人，已通知协调组。");
        count("2026-11-24T13:25", 20);

        assertThat(toCoordinators("北海线清点少2人")).isEqualTo(1);
    }

    @Test
    void theLiaisonsAccountOfTheShortOnesGoesToTheCoordinatorsWithTheWarning() {
        assertThat(count("2026-11-24T13:20", 20, " 少的2个是山东的 他们早上已经回去了"))
                .contains("⚠北海线清点少2人：1/1辆车已清点，实到20人 / 应到22人，已连同说明通知协调组。");

        assertThat(f.outbox.sentTo(COORDINATORS).stream().map(Reply::text))
                .anyMatch(t -> t.contains("北海线清点少2人") && t.contains("说明：“少的2个是山东的 他们早上已经回去了”"));
    }

    @Test
    void aShortfallWithNoAccountIsWarnedOfBare() {
        assertThat(count("2026-11-24T13:20", 20, " 出发了")).contains("已通知协调组。").doesNotContain("说明");

        assertThat(f.outbox.sentTo(COORDINATORS).stream().map(Reply::text)).noneMatch(t -> t.contains("说明"));
    }

    @Test
    void aRouteCountedAboveItsPeopleIsFlaggedInTheAnswerLikeAShortfall() {
        assertThat(count("2026-11-24T13:20", 25)).contains("⚠北海线清点比应到多3人：实到25人 / 应到22人，请核对名单，已通知协调组。");

        assertThat(toCoordinators("北海线清点比应到多3人")).isEqualTo(1);
    }

    @Test
    void aCountBeforeTheBoardingWindowIsNotAShortRoute() {
        assertThat(count("2026-11-24T09:00", 20)).doesNotContain("清点少");
        assertThat(f.outbox.sentTo(COORDINATORS)).isEmpty();
    }

    @Test
    void aCountAboveTheBusSeatsIsToldToTheCoordinatorsOnce() {
        assertThat(count("2026-11-24T13:20", 47)).contains("⚠超出该车座位（45座）", "超出座位的清点已通知协调组。");
        count("2026-11-24T13:21", 47);

        assertThat(toCoordinators("5号车清点实到47人，超出该车座位（45座）")).isEqualTo(1);
    }

    @Test
    void theBusCountsShowWhatTheOneBusOfARouteShouldCarry() {
        count("2026-11-24T13:20", 20);
        f.say("tian", "2026-11-24T13:30", "/counts");

        assertThat(f.lastTo(GROUP).text()).contains("5号车（北海线） 实到20人 / 应到22人 ⚠少2人");
    }
}
