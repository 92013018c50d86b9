package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;

/**
 * The thirtieth trial's chat findings, read by the real parser on the bundled samples: a bus counted far under its
 * seats is left out of its route's sum; a departure denied for today and said for tomorrow is moved; a delegation
 * liaison's 人齐 counts the bus they counted today.
 */
class BusShortfallsAndDeniedDeparturesTest {

    private static ConversationFixture parsing(Event event) {
        MessageParser parser = new MessageParser(event);
        return new ConversationFixture(
                event, (text, at, delegation, vehicle) -> parser.parse(text, at, delegation, vehicle));
    }

    private static List<Departure> departures(ConversationFixture f, String delegation) {
        return f.ledger.activeMovements().stream()
                .map(Entry::record)
                .filter(r -> r instanceof Departure d && d.delegation().equals(delegation))
                .map(Departure.class::cast)
                .toList();
    }

    @Test
    void aBusCountedFarUnderItsSeatsIsShownToBeCheckedAndLeftOutOfItsRoutesCount() {
        ConversationFixture f = parsing(SampleEvents.conference());
        f.answerTo("bus3", "2026-12-09T13:20", "3号车实到40人");
        f.answerTo("bus4", "2026-12-09T13:21", "4号车实到30人");
        assertThat(f.answerTo("bus5", "2026-12-09T13:22", "5号车实到1人")).contains("⚠5号车仅1人（45座），请核实");

        assertThat(f.answerTo("tian", "2026-12-09T13:23", "/counts")).contains("北海线：2/4辆车已清点，5号车待核实，未计入，9号车未清点");
        assertThat(f.answerTo("tian", "2026-12-09T13:24", "/visits 北海线"))
                .contains("清点：2/4辆车已清点，实到70人 / 应到86人；5号车仅1人，待核实，未计入；9号车未清点");

        f.answerTo("bus5", "2026-12-09T13:25", "5号车实到14人");

        assertThat(f.answerTo("tian", "2026-12-09T13:26", "/visits 北海线"))
                .contains("清点：3/4辆车已清点，实到84人 / 应到86人；9号车未清点")
                .doesNotContain("待核实");
    }

    @Test
    void todaysDepartureDeniedAndSaidForTomorrowIsMovedToTomorrow() {
        ConversationFixture f = parsing(SampleEvents.games());
        f.answerTo("yunnan", "2026-11-23T09:00", "云南今天下午有3个人离开 坐K1158");

        String answer = f.answerTo("yunnan", "2026-11-23T09:30", "今天下午没有人走 是明天下午走3个");

        assertThat(answer).contains("已撤销").contains("11月24日").doesNotContain("无需重复");
        assertThat(departures(f, "yunnan")).singleElement().satisfies(d -> {
            assertThat(d.date()).hasToString("2026-11-24");
            assertThat(d.count()).isEqualTo(3);
        });
    }

    @Test
    void nobodyLeavingTodayButTomorrowIsNotAnsweredAsAlreadyRecorded() {
        ConversationFixture f = parsing(SampleEvents.games());
        f.answerTo("yunnan", "2026-11-23T09:00", "云南今天下午有3个人离开 坐K1158");

        String answer = f.answerTo("yunnan", "2026-11-23T09:30", "我们没有人今天走啊 3个人是明天才走");

        assertThat(answer).contains("已撤销").doesNotContain("无需重复");
        assertThat(departures(f, "yunnan")).singleElement().satisfies(d -> {
            assertThat(d.date()).hasToString("2026-11-24");
            assertThat(d.count()).isEqualTo(3);
        });
    }

    @Test
    void aFewLeavingEarlierBesideTheWholeTeamsDepartureAreRecordedAndTheWholeTeamsIsSaidToStand() {
        ConversationFixture f = parsing(SampleEvents.games());
        f.answerTo("yunnan", "2026-11-23T09:00", "云南全团明天下午3点走");

        String answer = f.answerTo("yunnan", "2026-11-23T09:30", "云南明早6点走2个人 其余的不变");

        assertThat(answer)
                .contains("已记录：云南省代表团 11月24日（周二）06:00 离开 2人")
                .contains("全团离开仍按原记录：云南省代表团 11月24日（周二）15:00 离开（全团）；这2人先行离开，已另记。");
        assertThat(departures(f, "yunnan")).hasSize(2).anyMatch(d -> d.count() == null);
    }

    @Test
    void aDelegationLiaisonsAllAboardCountsTheBusTheyCountedShortToday() {
        ConversationFixture f = parsing(SampleEvents.games());
        f.answerTo("guangxi", "2026-11-23T07:30", "6号车实到38人 还有2个在房间马上下来");

        String answer = f.answerTo("guangxi", "2026-11-23T07:35", "人齐了 出发");

        assertThat(answer).contains("6号车");
        List<Headcount> counts = f.ledger.day(java.time.LocalDate.parse("2026-11-23")).active().stream()
                .map(Entry::record)
                .filter(Headcount.class::isInstance)
                .map(Headcount.class::cast)
                .toList();
        assertThat(counts.get(counts.size() - 1).vehicle()).isEqualTo("6");
        assertThat(counts.get(counts.size() - 1).count()).isGreaterThan(38);
    }

    @Test
    void aDelegationLiaisonsAllAboardWithNoCountTodayIsAskedTheFigure() {
        ConversationFixture f = parsing(SampleEvents.games());

        assertThat(f.answerOrNull("guangxi", "2026-11-23T07:35", "人齐了 出发")).isNotNull();
    }
}
