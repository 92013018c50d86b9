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
 * A partial departure before the visit: 湖南 (35) plans 北海线 2 only, and with 34 of them gone by 13:30 北海线 keeps 1;
 * 贵州 (50) plans 北海线 20 and 柳州线 10, and which route its leavers were on is asked, not guessed: the totals stay
 * until the reply names the route.
 */
class VisitDeparturesInChatTest {
    private static final String RESOURCE = "/events/event-with-visits.yml";
    private static final Event EVENT =
            ((EventReading.Valid) EventReader.read(RESOURCE, TestEvents.tree(RESOURCE))).event();
    private static final String LEAVE = "我们5人24号中午12点离开";
    private final ConversationFixture f = new ConversationFixture(EVENT);

    private String ask(String at, String text) {
        f.say("guizhou-wang", at, text);
        return f.lastTo(GROUP).text();
    }

    @Test
    void theAnswerToADepartureSaysWhichRouteFigureItLowered() {
        String leave = "我们34人24号中午12点离开";
        f.reads(leave, new Departure("hunan", LocalDate.parse("2026-11-24"), LocalTime.NOON, 34, null));
        f.say("hunan-li", "2026-11-23T09:00", leave);

        assertThat(f.lastTo(GROUP).text())
                .contains("北海线：湖南省代表团 2→1人（考察出发时不在会的人员不计入）")
                .doesNotContain("请问");
    }

    @Test
    void leaversOfATeamOnSeveralRoutesAreAskedTheirRouteAndTheTotalsStay() {
        f.reads(LEAVE, new Departure("guizhou", LocalDate.parse("2026-11-24"), LocalTime.NOON, 5, null));

        assertThat(ask("2026-11-23T09:00", LEAVE))
                .contains("请问是哪条考察线路？")
                .doesNotContain("北海线：贵州")
                .doesNotContain("柳州线：贵州");
        assertThat(ask("2026-11-23T09:05", "/visits 柳州线")).contains("贵州省代表团 10人");
        assertThat(ask("2026-11-23T09:05", "/visits 北海线")).contains("贵州省代表团 20人");
    }

    @Test
    void anEarlierChangeKeepsItsFiguresAndTheRouteAnsweredTakesTheLeaversOff() {
        f.reads("2人从北海换到柳州", new VisitChange("guizhou", 2, "beihai", "liuzhou"));
        f.reads(LEAVE, new Departure("guizhou", LocalDate.parse("2026-11-24"), LocalTime.NOON, 5, null));
        ask("2026-11-22T09:00", "2人从北海换到柳州");
        ask("2026-11-23T09:00", LEAVE);
        ask("2026-11-23T09:01", "柳州线");

        assertThat(ask("2026-11-23T09:05", "/visits 柳州线"))
                .contains("本线10→12人")
                .contains("本线12→7人")
                .contains("贵州省代表团 7人");
        assertThat(ask("2026-11-23T09:05", "/visits 北海线")).contains("贵州省代表团 18人");
    }
}
