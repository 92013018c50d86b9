package org.receptionbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.PartOfDay;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;

class BriefingsTest {
    private static final LocalDate EVENING = LocalDate.of(2026, 11, 25);
    private static final ChatRef GROUP = new ChatRef("sandbox", "group");
    private static final ChatRef COORDINATORS = new ChatRef("sandbox", "coordinators");

    private final TimedJobs jobs = new TimedJobs(TestEvents.withPeople());
    private final Event event = jobs.event;
    private final InMemoryLedger ledger = jobs.ledger;
    private final InMemoryIssueBook issueBook = jobs.issueBook;
    private final RecordingOutbox outbox = jobs.outbox;
    private final Briefings briefings = jobs.briefings();

    @Test
    void theCoordinatorsHearTomorrowsMovementsBreakfastAndOpenIssues() {
        new Recorder(event, ledger, issueBook)
                .apply(
                        Sources.at("2026-11-25T18:00", "hunan-li"),
                        List.of(new Issue(IssueCategory.ROOM, "hunan", "房间没有热水")));

        assertThat(briefings.evening(EVENING, Sources.instant("2026-11-25T20:00")))
                .isEqualTo(Spoken.SAID);

        assertThat(outbox.sentTo(COORDINATORS))
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .startsWith("【明日安排】11月26日（周四）")
                        .contains("湖南省代表团", "K1158", "早餐：85人（2个团未报，按全团计）", "房间没有热水"));
    }

    @Test
    void theBriefingListsTheMealsPackedForTomorrowWithPortionsAndPickUpHours() {
        Recorder recorder = new Recorder(event, ledger, issueBook);
        recorder.apply(
                Sources.at("2026-11-25T08:00", "hunan-li"),
                List.of(new Issue(IssueCategory.MEAL, "hunan", "明天早饭打包20份，7点前走")));
        recorder.apply(
                Sources.at("2026-11-25T19:00", "guizhou-wang"),
                List.of(new Issue(IssueCategory.MEAL, "guizhou", "明早打包早餐12份 6点半来拿")));
        recorder.apply(
                Sources.at("2026-11-25T19:10", "guizhou-wang"),
                List.of(new Issue(IssueCategory.MEAL, "guizhou", "明天中午打包10份 带到赛场")));
        recorder.apply(
                Sources.at("2026-11-25T07:00", "guizhou-wang"),
                List.of(new Issue(IssueCategory.MEAL, "guizhou", "今天中午打包5份")));

        briefings.evening(EVENING, Sources.instant("2026-11-25T20:00"));

        assertThat(outbox.sentTo(COORDINATORS))
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .contains("早餐打包（共32份）：湖南省代表团 20份（7点前）、贵州省代表团 12份（6点半）")
                        .contains("午餐打包（共10份）：贵州省代表团 10份")
                        .doesNotContain("贵州省代表团 5份"));
    }

    @Test
    void theLiaisonOfADelegationLeavingTomorrowIsAskedToConfirmTimeTransportVehicleAndCheckOut() {
        assertThat(briefings.departureChecks(EVENING, Sources.instant("2026-11-25T20:00")))
                .isEqualTo(Spoken.SAID);
        assertThat(briefings.departureChecks(EVENING, Sources.instant("2026-11-25T20:01")))
                .isEqualTo(Spoken.ALREADY_SAID);

        assertThat(outbox.sentTo(GROUP))
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .startsWith("【离会确认】11月26日（周四）离会的代表团：")
                        .contains("湖南省代表团（联络员 李娜）：09:00 35人 乘K1158；用车 3号车 鄂Q·A1003 覃师傅 13700000003")
                        .contains("退房时间")
                        .doesNotContain("贵州省代表团（联络员 王强）："));
    }

    @Test
    void theEveningBeforeTheLastDayNamesTheDelegationsWithNoDepartureOnFile() {
        briefings.departureChecks(EVENING, Sources.instant("2026-11-25T20:00"));

        assertThat(outbox.sentTo(GROUP))
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .contains("以下代表团尚未报离会时间和车次/航班，请联络员在群里报送：贵州省代表团（联络员 王强）\n")
                        .doesNotContain("湖南省代表团（联络员 李娜）\n"));
    }

    @Test
    void aDelegationThatReportedItsDepartureIsNotNamedAsUnreported() {
        new Recorder(event, ledger, issueBook)
                .apply(
                        Sources.at("2026-11-25T09:00", "guizhou-wang"),
                        List.of(new Departure(
                                "guizhou", EVENING.plusDays(1), java.time.LocalTime.of(14, 0), null, "G2920")));

        briefings.departureChecks(EVENING, Sources.instant("2026-11-25T20:00"));

        assertThat(outbox.sentTo(GROUP))
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .contains("贵州省代表团（联络员 王强）：14:00 50人 乘G2920")
                        .doesNotContain("尚未报离会"));
    }

    @Test
    void anEveningBeforeAnOrdinaryDayWithNobodyLeavingSaysNothing() {
        LocalDate earlier = EVENING.minusDays(2);

        assertThat(briefings.departureChecks(earlier, Sources.instant("2026-11-23T20:00")))
                .isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(outbox.sentTo(GROUP)).isEmpty();
    }

    @Test
    void aDepartureSaidForAPartOfTheDayShowsThatPartInBothEveningMessages() {
        new Recorder(event, ledger, issueBook)
                .apply(
                        Sources.at("2026-11-25T09:00", "hunan-li"),
                        List.of(new Departure("hunan", EVENING.plusDays(1), null, null, null, PartOfDay.MORNING)));

        briefings.evening(EVENING, Sources.instant("2026-11-25T20:00"));
        briefings.departureChecks(EVENING, Sources.instant("2026-11-25T20:00"));

        assertThat(outbox.sentTo(COORDINATORS).get(0).text())
                .contains("上午 离开 湖南省代表团 35人")
                .doesNotContain("时间待定");
        assertThat(outbox.sentTo(GROUP).get(0).text())
                .contains("湖南省代表团（联络员 李娜）：上午 35人")
                .doesNotContain("时间待定");
    }

    @Test
    void aDelegationThatLeftOnAnEarlierDayThanItsPlanIsNotAskedToConfirmOnThePlannedDay() {
        new Recorder(event, ledger, issueBook)
                .apply(
                        Sources.at("2026-11-23T08:02", "hunan-li"),
                        List.of(new Departure(
                                "hunan", LocalDate.of(2026, 11, 23), java.time.LocalTime.of(8, 2), null, null)));

        Spoken spoken = briefings.departureChecks(EVENING, Sources.instant("2026-11-25T20:00"));

        assertThat(outbox.sentTo(GROUP)).allSatisfy(r -> assertThat(r.text()).doesNotContain("湖南"));
        assertThat(spoken).isIn(Spoken.NOTHING_TO_SAY, Spoken.SAID);
    }

    @Test
    void anEveningMissedWhileTheBotWasDownIsNotSaidTheNextDay() {
        assertThat(briefings.evening(EVENING, Sources.instant("2026-11-26T07:00")))
                .isEqualTo(Spoken.TOO_LATE);
        assertThat(briefings.departureChecks(EVENING, Sources.instant("2026-11-26T07:00")))
                .isEqualTo(Spoken.TOO_LATE);
        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    void noDeparturesTomorrowMeansNoCheck() {
        assertThat(briefings.departureChecks(LocalDate.of(2026, 11, 22), Sources.instant("2026-11-22T20:00")))
                .isEqualTo(Spoken.NOTHING_TO_SAY);
    }
}
