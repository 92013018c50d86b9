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
 * On 11-24 北海线 (22 people) rides bus 5 (45 seats, no delegation named) and the 4-seat cars 8
 * (湖南) and 9 (贵州), so no bus has a share of its own; 柳州线 rides bus 6. Bus 3 carries 湖南 and
 * serves no route.
 */
class BusesNotCountedTest {
    private static final String RESOURCE = "/events/event-with-visit-cars.yml";
    private static final Event EVENT =
            ((EventReading.Valid) EventReader.read(RESOURCE, TestEvents.tree(RESOURCE))).event();
    private final ConversationFixture f = new ConversationFixture(EVENT);

    private String count(String at, String bus, int n) {
        String text = bus + "号车实到" + n + "人";
        f.reads(text, new Headcount(bus, n, null));
        f.say("tian", at, text);
        return f.lastTo(GROUP).text();
    }

    private String ask(String at, String command) {
        return f.answerTo("tian", at, command);
    }

    private long toCoordinators(String words) {
        return f.outbox.sentTo(COORDINATORS).stream()
                .map(Reply::text)
                .filter(t -> t.contains(words))
                .count();
    }

    @Test
    void theCountsOfTheVisitDayListEveryBusOfItsRoutesWithWhomToCallForThoseNotCounted() {
        count("2026-11-24T13:40", "5", 18);

        assertThat(ask("2026-11-24T13:45", "/counts"))
                .contains("5号车（北海线） 实到18人（5、8、9号车合计应到22人）")
                .contains("6号车（柳州线） 未清点（未指定随车联络员，司机 田师傅）")
                .contains("8号车（北海线） 未清点（未指定随车联络员，司机 韦师傅）")
                .contains("9号车（北海线） 未清点")
                .contains("北海线：1/3辆车已清点，8、9号车未清点")
                .contains("柳州线：0/1辆车已清点，6号车未清点")
                .doesNotContain("3号车");
    }

    @Test
    void theRouteListSaysWhichBusesHaveNotCounted() {
        count("2026-11-24T13:40", "5", 18);

        assertThat(ask("2026-11-24T13:45", "/visits 北海线")).contains("清点：1/3辆车已清点，实到18人 / 应到22人；8、9号车未清点");
    }

    @Test
    void aBusCountedUnderAQuarterOfItsSeatsOnAShortRouteIsFlaggedInTheAnswerAndOnTheBoardAndToldOnce() {
        assertThat(count("2026-11-24T13:40", "5", 5)).contains("⚠5号车仅5人（45座），请核实，已通知协调组。");
        count("2026-11-24T13:41", "5", 5);

        assertThat(toCoordinators("5号车仅5人（45座），请核实")).isEqualTo(1);
        assertThat(ask("2026-11-24T13:45", "/counts")).contains("5号车（北海线） 实到5人（5、8、9号车合计应到22人） ⚠仅5人（45座），请核实");
        assertThat(ask("2026-11-24T13:46", "/visits 北海线")).contains("实到5人（13:41清点） ⚠仅5人（45座），请核实");
    }

    @Test
    void aSmallCountThatCompletesTheRouteIsNotFlagged() {
        count("2026-11-24T13:35", "8", 2);
        count("2026-11-24T13:36", "9", 15);

        assertThat(count("2026-11-24T13:40", "5", 5)).doesNotContain("仅5人");
        assertThat(ask("2026-11-24T13:45", "/counts"))
                .contains("北海线5、8、9号车合计：实到22人 / 应到22人")
                .doesNotContain("仅5人")
                .doesNotContain("（北海线） 未清点");
    }

    @Test
    void onADayWithoutVisitsOnlyTheBusesThatCountedAreListed() {
        count("2026-11-23T08:00", "3", 30);

        assertThat(ask("2026-11-23T08:05", "/counts"))
                .contains("3号车（湖南省代表团） 实到30人")
                .doesNotContain("未清点");
    }
}
