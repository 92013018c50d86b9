package org.receptionbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.IssueLoop;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.Sources;

class SummaryTextTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private final Event event = TestEvents.withPeople();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryIssueBook issues = new InMemoryIssueBook();
    private final Recorder recorder = new Recorder(event, ledger, issues);
    private final RecordText records = new RecordText(event);

    private void say(String at, Record... r) {
        recorder.apply(Sources.at(at, "李娜"), List.of(r));
    }

    @Test
    void theMealBoardShowsVenuesTotalsCapacityUnreportedAndLateChanges() {
        say("2026-11-22T16:10", new MealCancel("hunan", DAY, "DINNER", 5));

        String text = new MealBoardText(records)
                .render(new MealBoards(event, ledger)
                        .board(DAY, event.meal("DINNER").orElseThrow(), Sources.instant("2026-11-22T16:20")));

        assertThat(text).isEqualTo("""
                11月22日（周日）晚餐 用餐人数（已过报餐截止时间）
                合计：80人
                【九院宾馆自助餐厅】80人 / 容量100人
                  湖南省代表团 30人（计划35人，截止后有变更）
                  未报（按全团计）：共1个团50人
                未报餐（1个，按全团计）：贵州省代表团
                截止后变更（1条）：
                  16:10 湖南省代表团 11月22日（周日）晚餐 减少5人（李娜）""");
    }

    @Test
    void movementsAreSortedByTimeAndComparedWithThePlan() {
        say("2026-11-20T08:00", new Arrival("hunan", LocalDate.of(2026, 11, 20), LocalTime.of(17, 30), null, "G1234"));
        say("2026-11-20T08:00", new Arrival("guizhou", LocalDate.of(2026, 11, 20), LocalTime.of(9, 5), 50, "CA1234"));

        String text =
                new MovementBoardText().render(new MovementBoards(event, ledger).board(LocalDate.of(2026, 11, 20)));

        assertThat(text).isEqualTo("""
                11月20日（周五） 抵离动态（2项）
                09:05 抵达 贵州省代表团 50人 CA1234（已报；活动文件中无此安排）
                17:30 抵达 湖南省代表团 35人 G1234（⚠有变化，原计划11月20日（周五）15:00 35人 G1234）""");
    }

    @Test
    void aPlannedMovementReportedForAnotherDayIsShownAsMoved() {
        say("2026-11-24T08:00", new Departure("hunan", LocalDate.of(2026, 11, 24), LocalTime.of(14, 0), null, null));

        String planned =
                new MovementBoardText().render(new MovementBoards(event, ledger).board(LocalDate.of(2026, 11, 26)));

        assertThat(planned).contains("09:00 离开 湖南省代表团 35人 K1158（⚠已改至11月24日（周二））");
    }

    @Test
    void aShortHeadCountIsFlagged() {
        say("2026-11-22T08:00", new Headcount("3", 30, null));

        String text = new HeadcountText().render(DAY, new HeadcountBoards(event, ledger).board(DAY));

        assertThat(text).endsWith("3号车（湖南省代表团） 实到30人 / 应到35人 ⚠少5人");
    }

    @Test
    void pendingIssuesShowTheirAgeAndOldOnesAreFlagged() {
        say("2026-11-22T08:00", new Issue(IssueCategory.ROOM, "hunan", "房间没有热水"));
        say("2026-11-22T09:30", new Issue(IssueCategory.VEHICLE, null, "3号车找不到"));
        new IssueLoop(issues)
                .acknowledge(
                        1, new IssueTicket.Step("tian", "田主任", Sources.instant("2026-11-22T09:00")), "sandbox:group:9");

        List<IssueLine> lines =
                new IssueBoards(event, issues, Duration.ofHours(2)).pending(Sources.instant("2026-11-22T10:15"));

        assertThat(new IssueBoardText(records).render(lines)).isEqualTo("""
                待处理问题（2个，其中1个超时）：
                #1 【住宿】湖南省代表团：房间没有热水（李娜报，已等2小时15分，处理中） ⚠超时未办结
                #2 【车辆】3号车找不到（李娜报，已等45分钟，待处理）""");
    }

    @Test
    void anOldIssueIsFlaggedForTheStepItWaitsOnNotAsIfNobodyActed() {
        say("2026-11-22T08:00", new Issue(IssueCategory.ROOM, "hunan", "房间没有热水"));
        say("2026-11-22T08:05", new Issue(IssueCategory.VEHICLE, null, "3号车找不到"));
        new IssueLoop(issues)
                .acknowledge(
                        1, new IssueTicket.Step("tian", "田主任", Sources.instant("2026-11-22T08:10")), "sandbox:group:9");

        String text = new IssueBoardText(records)
                .render(new IssueBoards(event, issues, Duration.ofHours(2))
                        .pending(Sources.instant("2026-11-22T10:15")));

        assertThat(text).contains("（李娜报，已等2小时15分，处理中） ⚠超时未办结").contains("（李娜报，已等2小时10分，待处理） ⚠超时未受理");
    }
}
