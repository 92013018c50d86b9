package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.VisitChange;

/**
 * A partial departure before the visit lowers a route's figure: 贵州 (50) plans 北海线 20 and
 * 柳州线 10; with 25 of them gone by 13:30, 柳州线 keeps 5.
 */
class VisitDeparturesInChatTest {
    private static final String RESOURCE = "/events/event-with-visits.yml";
    private static final Event EVENT =
            ((EventReading.Valid) EventReader.read(RESOURCE, TestEvents.tree(RESOURCE))).event();
    private static final String LEAVE = "我们25人24号中午12点离开";
    private final ConversationFixture f = new ConversationFixture(EVENT);

    private String ask(String at, String text) {
        f.say("guizhou-wang", at, text);
        return f.lastTo(GROUP).text();
    }

    @Test
    void theAnswerToADepartureSaysWhichRouteFigureItLowered() {
        f.reads(LEAVE, new Departure("guizhou", LocalDate.parse("2026-11-24"), LocalTime.NOON, 25, null));

        assertThat(ask("2026-11-23T09:00", LEAVE))
                .contains("柳州线：贵州省代表团 10→5人（考察出发时不在会的人员不计入）")
                .doesNotContain("北海线：贵州");
    }

    @Test
    void anEarlierChangeKeepsItsFiguresAndTheLaterDepartureIsAChangeOfItsOwn() {
        f.reads("2人从北海换到柳州", new VisitChange("guizhou", 2, "beihai", "liuzhou"));
        f.reads(LEAVE, new Departure("guizhou", LocalDate.parse("2026-11-24"), LocalTime.NOON, 25, null));
        ask("2026-11-22T09:00", "2人从北海换到柳州");
        ask("2026-11-23T09:00", LEAVE);

        assertThat(ask("2026-11-23T09:05", "/visits 柳州线"))
                .contains("本线10→12人")
                .doesNotContain("本线5→7人")
                .containsPattern("离开 ?25人，本线12→7人")
                .contains("贵州省代表团 7人");
    }
}
