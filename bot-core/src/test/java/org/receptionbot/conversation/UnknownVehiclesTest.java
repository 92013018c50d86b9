package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;

/** A vehicle number the event file lacks is said to be missing, not asked for; read by the real parser. */
class UnknownVehiclesTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @Test
    void aVehicleTheEventFileLacksIsNamedWithTheVehiclesItHas() {
        f.say("hunan-li", "2026-11-22T09:00", "9号车实到20人");

        assertThat(f.lastTo(GROUP).text()).contains("活动文件中没有9号车，活动文件中的车辆：3号车。").doesNotContain("请问是几号车");
    }

    @Test
    void aVehicleTheEventFileHasIsRecorded() {
        f.say("hunan-li", "2026-11-22T09:00", "3号车实到20人");

        assertThat(f.lastTo(GROUP).text()).doesNotContain("活动文件中没有");
    }
}
