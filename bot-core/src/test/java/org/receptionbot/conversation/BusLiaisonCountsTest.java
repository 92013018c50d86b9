package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.summary.HeadcountLine;

/** A bus liaison's count with no bus named ("实到20人", "人齐了") is the count of the bus they ride (real parser). */
class BusLiaisonCountsTest {
    private static final String RESOURCE = "/events/event-with-visits.yml";
    private static final Event EVENT = event();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

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

    private List<HeadcountLine> counted() {
        return f.core.headcounts.board(LocalDate.of(2026, 11, 24)).stream()
                .filter(HeadcountLine::reported)
                .toList();
    }

    @Test
    void aBusLiaisonsFigureWithNoBusNamedIsTheirBussCount() {
        assertThat(say("bus5", "实到20人")).startsWith("已记录：5号车 实到20人");
        assertThat(counted()).singleElement().satisfies(l -> {
            assertThat(l.vehicle().id()).isEqualTo("5");
            assertThat(l.counted()).isEqualTo(20);
        });
    }

    @Test
    void aBusLiaisonWhoNamesAnotherBusCountsThatBus() {
        assertThat(say("bus5", "6号车实到18人")).startsWith("已记录：6号车 实到18人");
        assertThat(counted())
                .singleElement()
                .satisfies(l -> assertThat(l.vehicle().id()).isEqualTo("6"));
    }

    @Test
    void aBusLiaisonsRecountWithNoBusNamedReplacesTheirBussCount() {
        say("bus5", "实到38人");

        assertThat(say("bus5", "刚才数错了 是36 不是38")).contains("5号车").contains("36");
        assertThat(counted()).singleElement().satisfies(l -> {
            assertThat(l.vehicle().id()).isEqualTo("5");
            assertThat(l.counted()).isEqualTo(36);
        });
    }

    @Test
    void aBusLiaisonsBareRecountAfterCountingAnotherBusRecountsTheirOwnBus() {
        say("bus5", "实到38人");
        say("bus5", "6号车实到18人");

        assertThat(say("bus5", "刚才数错了 是36个")).contains("5号车").contains("36").doesNotContain("6号车");
        assertThat(counted())
                .extracting(l -> l.vehicle().id() + ":" + l.counted())
                .containsExactlyInAnyOrder("5:36", "6:18");
    }

    @Test
    void otherWordingsOfTheBareRecountAfterAnotherBusAlsoRecountTheOwnBus() {
        for (String recount : List.of("刚刚点错了 应该是37个", "不对 数错了 是39人", "刚才算错了，是40")) {
            say("bus5", "实到38人");
            say("bus5", "6号车实到18人");
            say("bus5", recount);
            assertThat(counted())
                    .as(recount)
                    .extracting(l -> l.vehicle().id() + ":" + l.counted())
                    .contains("6:18")
                    .doesNotContain("5:38");
        }
    }

    @Test
    void aBareRecountAfterAnotherBusWithTheOwnBusNotCountedAsksWhichBus() {
        say("bus5", "6号车实到18人");

        String reply = say("bus5", "刚才数错了 是20");
        assertThat(reply).doesNotStartWith("已记录").contains("哪辆车").contains("6号车 18人");
        assertThat(counted())
                .extracting(l -> l.vehicle().id() + ":" + l.counted())
                .containsExactly("6:18");
    }

    @Test
    void aRecountFromSomeoneWhoRidesNoBusIsAskedWhichBus() {
        String reply = say("tian", "刚才数错了 是32");

        assertThat(reply).isNotBlank().doesNotStartWith("已记录");
        assertThat(counted()).isEmpty();
    }

    @Test
    void aBusLiaisonsAllAboardWithNoFigureIsAboutTheirBus() {
        assertThat(say("bus5", "人齐了")).contains("5号车");
    }

    @Test
    void someoneWhoRidesNoBusCountsNoBusWithABareFigure() {
        f.say("tian", "2026-11-24T13:20", "实到20人");

        assertThat(counted()).isEmpty();
    }

    @Test
    void aBusLiaisonsOtherTalkIsNotTurnedIntoACount() {
        f.say("bus5", "2026-11-24T13:20", "辛苦了");

        assertThat(f.outbox.sentTo(GROUP)).isEmpty();
    }

    @Test
    void aBusLiaisonsVagueCountIsAskedForTheExactCountSayingItIsAnEstimate() {
        assertThat(say("bus5", "实到二十来个")).startsWith("“二十来个”是估计数，请清点后报实数");
        assertThat(counted()).isEmpty();

        assertThat(say("bus5", "22")).startsWith("已记录：5号车 实到22人");
    }

    @Test
    void aCountNotDoneWithAGuessIsAskedForTheExactCount() {
        assertThat(say("bus5", "没数清 大概40")).startsWith("“大概40”是估计数，请清点后报实数");
        assertThat(say("tian", "6号车大概40人")).startsWith("“大概40人”是估计数，请清点后报实数");
        assertThat(counted()).isEmpty();
    }

    @Test
    void aBusLiaisonsRiderWhoGotOffOnTheWayIsAskedWhoseAndTakenOffTheRoute() {
        f.say("bus5", "2026-11-24T14:00", "5号车有个同志在服务区下车了 送回酒店了");
        assertThat(f.lastTo(GROUP).text()).contains("请问是哪个代表团");

        f.say("bus5", "2026-11-24T14:01", "湖南");

        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：").contains("北海线：湖南省代表团 1人（原2人）");
        assertThat(f.core.visits.people("beihai", "hunan")).isEqualTo(1);
    }
}
