package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;

/**
 * "人齐" on a car sharing a route with other vehicles stands only for its own delegation's people
 * on that route, and never for more than its seats: 8号车 (4 seats, 湖南 with 2 on 北海线) and
 * 9号车 (4 seats, 贵州 with 20 on 北海线, 50 in all).
 */
class AllAboardSmallCarTest {
    private static final String RESOURCE = "/events/event-with-visit-cars.yml";
    private static final Event EVENT =
            ((EventReading.Valid) EventReader.read(RESOURCE, TestEvents.tree(RESOURCE))).event();
    private final ConversationFixture f = new ConversationFixture(EVENT);

    private Reply allAboard(String car) {
        String text = car + "号车人齐了";
        f.reads(
                text,
                new ParseOutcome.Incomplete(
                        List.of(), List.of(new Gap(Gap.Field.COUNT, new Headcount(car, 0, null), text))));
        f.say("tian", "2026-11-24T13:20", text);
        return f.lastTo(GROUP);
    }

    @Test
    void aCarsAllAboardIsItsDelegationsPeopleOnTheRouteNotTheDelegationsSize() {
        assertThat(allAboard("8").text()).contains("8号车", "2人", "按该车应到人数记录").doesNotContain("35人");
    }

    @Test
    void aCarsAllAboardAboveItsSeatsIsAskedForTheFigure() {
        Reply answer = allAboard("9");
        assertThat(answer.text()).doesNotContain("已记录", "20人", "50人").contains("9号车");
    }
}
