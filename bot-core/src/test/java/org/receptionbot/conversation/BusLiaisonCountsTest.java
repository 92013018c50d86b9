package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealCount;

/** A bus liaison's count with no bus named ("实到20人", "人齐了") is the count of the bus they ride. */
class BusLiaisonCountsTest {
    private static final String RESOURCE = "/events/event-with-visits.yml";
    private final ConversationFixture f = new ConversationFixture(event());

    private static Event event() {
        Map<String, Object> tree = TestEvents.tree(RESOURCE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> vehicles = new ArrayList<>((List<Map<String, Object>>) tree.get("vehicles"));
        int five = vehicles.indexOf(vehicles.stream()
                .filter(v -> "5".equals(String.valueOf(v.get("id"))))
                .findFirst()
                .orElseThrow());
        Map<String, Object> bus = new HashMap<>(vehicles.get(five));
        bus.put("liaisons", List.of(Map.of("name", "随车小周", "accounts", Map.of("sandbox", "bus5"))));
        vehicles.set(five, bus);
        tree.put("vehicles", vehicles);
        return ((EventReading.Valid) EventReader.read(RESOURCE, tree)).event();
    }

    private String say(String sender, String text) {
        f.say(sender, "2026-11-24T13:20", text);
        return f.lastTo(GROUP).text();
    }

    @Test
    void aBusLiaisonsFigureWithNoBusNamedIsTheirBussCount() {
        f.reads("实到20人", new ParseOutcome.NothingToRecord());
        f.reads("5号车 实到20人", new Headcount("5", 20, null));

        assertThat(say("bus5", "实到20人")).startsWith("已记录：5号车 实到20人");
        assertThat(f.core.headcounts.board(java.time.LocalDate.of(2026, 11, 24)).stream()
                        .filter(org.receptionbot.summary.HeadcountLine::reported))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.vehicle().id()).isEqualTo("5");
                    assertThat(l.counted()).isEqualTo(20);
                });
    }

    @Test
    void aBusLiaisonsAllAboardWithNoFigureIsAskedForItsFigure() {
        f.reads("人齐了", new ParseOutcome.NothingToRecord());
        f.reads(
                "5号车 人齐了",
                new ParseOutcome.Incomplete(
                        List.of(), List.of(new Gap(Gap.Field.COUNT, new Headcount("5", 0, null), "5号车 人齐了"))));

        assertThat(say("bus5", "人齐了")).contains("5号车");
    }

    @Test
    void someoneWhoRidesNoBusIsNotReadAgain() {
        f.reads("实到20人", new ParseOutcome.NothingToRecord());
        f.reads("5号车 实到20人", new Headcount("5", 20, null));

        f.say("tian", "2026-11-24T13:20", "实到20人");

        assertThat(f.outbox.sentTo(GROUP)).isEmpty();
    }

    @Test
    void aBusLiaisonsOtherTalkIsNotTurnedIntoACount() {
        f.reads("辛苦了", new ParseOutcome.NothingToRecord());
        f.reads("5号车 辛苦了", new MealCount("hunan", java.time.LocalDate.of(2026, 11, 24), "DINNER", 20));

        f.say("bus5", "2026-11-24T13:20", "辛苦了");

        assertThat(f.outbox.sentTo(GROUP)).isEmpty();
    }
}
