package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;

/** A bus count's answer names the count it replaces and flags a count above the vehicle's seats. */
class HeadcountReceiptTest {
    private static final String RESOURCE = "/events/event-with-visit-cars.yml";
    private static final Event EVENT =
            ((EventReading.Valid) EventReader.read(RESOURCE, TestEvents.tree(RESOURCE))).event();
    private final ConversationFixture f = new ConversationFixture(EVENT);

    private String count(String at, String car, int n, String text) {
        f.reads(text, new Headcount(car, n, null));
        f.say("tian", at, text);
        return f.lastTo(GROUP).text();
    }

    @Test
    void aRecountSaysWhatItReplaces() {
        count("2026-11-24T13:10", "5", 40, "5号车实到40人");

        assertThat(count("2026-11-24T13:15", "5", 42, "刚才数错了 5号车重新清点实到42人")).contains("5号车 实到42人（原报40人）");
    }

    @Test
    void aFirstCountNamesNoEarlierOne() {
        assertThat(count("2026-11-24T13:10", "5", 40, "5号车实到40人")).doesNotContain("原报");
    }

    @Test
    void aCountAboveTheCarsSeatsIsFlaggedNotConfirmedPlainly() {
        assertThat(count("2026-11-24T13:10", "8", 14, "8号车实到14人")).contains("8号车 实到14人", "⚠超出该车座位（4座）");
    }
}
