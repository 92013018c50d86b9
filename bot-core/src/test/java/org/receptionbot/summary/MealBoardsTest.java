package org.receptionbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.Sources;

class MealBoardsTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final Event event = TestEvents.reference();
    private final Meal lunch = event.meal("LUNCH").orElseThrow();
    private final Meal dinner = event.meal("DINNER").orElseThrow();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final Recorder recorder = new Recorder(event, ledger, new InMemoryIssueBook());
    private final MealBoards boards = new MealBoards(event, ledger);

    private void say(String at, Record... records) {
        recorder.apply(Sources.at(at, "li"), List.of(records));
    }

    private DinerCount hunan(Meal meal) {
        MealBoard board = boards.board(SUNDAY, meal, Sources.instant("2026-11-22T08:00"));
        return board.venues().stream()
                .flatMap(v -> v.delegations().stream())
                .filter(d -> d.delegation().id().equals("hunan"))
                .findFirst()
                .orElseThrow()
                .count();
    }

    @Test
    void aDelegationThatSaidNothingIsExpectedAtItsFullSizeAndHasNotReported() {
        assertThat(hunan(lunch)).isEqualTo(new DinerCount(35, false, false, 0));
        assertThat(boards.notReported(SUNDAY, lunch)).hasSize(32);
    }

    @Test
    void theLastCountIsTheBaseThenCancellationsAndAdditionsApplyInOrder() {
        say("2026-11-22T07:00", new MealCancel("hunan", SUNDAY, "LUNCH", 5));
        say("2026-11-22T07:10", new MealCount("hunan", SUNDAY, "LUNCH", 30));
        say("2026-11-22T07:20", new MealCancel("hunan", SUNDAY, "LUNCH", 4), new MealAdd("hunan", SUNDAY, "LUNCH", 2));

        assertThat(hunan(lunch).diners()).isEqualTo(28);
        assertThat(hunan(lunch).reported()).isTrue();
        assertThat(boards.notReported(SUNDAY, lunch)).extracting(d -> d.id()).doesNotContain("hunan");
    }

    @Test
    void aCancellationNeverGoesBelowZeroAndIsMarkedClipped() {
        say(
                "2026-11-22T07:00",
                new MealCount("hunan", SUNDAY, "LUNCH", 3),
                new MealCancel("hunan", SUNDAY, "LUNCH", 5));

        assertThat(hunan(lunch)).isEqualTo(new DinerCount(0, true, true, 0, DinerCount.Stay.THERE, null, 35));
    }

    @Test
    void changesAfterTheDeadlineAreTakenAndMarkedLate() {
        say("2026-11-22T09:59", new MealCancel("hunan", SUNDAY, "LUNCH", 1));
        say("2026-11-22T10:00", new MealCancel("hunan", SUNDAY, "LUNCH", null));

        MealBoard board = boards.board(SUNDAY, lunch, Sources.instant("2026-11-22T10:05"));
        assertThat(board.locked()).isTrue();
        assertThat(hunan(lunch)).isEqualTo(new DinerCount(0, true, false, 1, DinerCount.Stay.THERE, null, 35));
        assertThat(board.lateChanges())
                .singleElement()
                .extracting(e -> e.record())
                .isInstanceOf(MealCancel.class);
    }

    @Test
    void aLateReportEqualToTheFigureThatStoodIsNoLateChange() {
        // The full size said again, "as planned", a figure equal to an earlier report, nothing cancelled of none.
        say("2026-11-22T10:10", new MealCount("hunan", SUNDAY, "LUNCH", 35));
        say("2026-11-22T10:20", new MealCount("hunan", SUNDAY, "LUNCH", null));
        say("2026-11-22T08:00", new MealCount("hunan", SUNDAY, "DINNER", 30));
        say("2026-11-22T16:00", new MealCount("hunan", SUNDAY, "DINNER", 30));
        say("2026-11-22T16:10", new MealCount("hunan", SUNDAY, "DINNER", 0));
        say("2026-11-22T16:20", new MealCancel("hunan", SUNDAY, "DINNER", 2));

        assertThat(hunan(lunch)).isEqualTo(new DinerCount(35, true, false, 0));
        assertThat(boards.board(SUNDAY, lunch, Sources.instant("2026-11-22T10:30"))
                        .lateChanges())
                .isEmpty();
        assertThat(hunan(dinner).lateChanges()).isEqualTo(1);
        assertThat(boards.board(SUNDAY, dinner, Sources.instant("2026-11-22T16:30"))
                        .lateChanges())
                .singleElement()
                .extracting(e -> e.record())
                .isEqualTo(new MealCount("hunan", SUNDAY, "DINNER", 0));
    }

    @Test
    void anEarlyDepartureZeroesTheMealsAfterIt() {
        say("2026-11-22T08:00", new Departure("hunan", SUNDAY, LocalTime.of(14, 0), null, "G1234"));

        assertThat(hunan(lunch).diners()).isEqualTo(35);
        assertThat(hunan(dinner).diners()).isZero();
        assertThat(boards.board(SUNDAY.plusDays(1), lunch, Sources.instant("2026-11-22T08:00"))
                        .total())
                .isEqualTo(totalSize() - 35);
    }

    @Test
    void aPartialDepartureTakesItsPeopleFromTheMealsAfterIt() {
        say("2026-11-22T08:00", new Departure("hunan", SUNDAY, LocalTime.of(14, 0), 5, null));

        assertThat(hunan(lunch).diners()).isEqualTo(35);
        assertThat(hunan(dinner)).isEqualTo(new DinerCount(30, false, false, 0));
    }

    @Test
    void anUndoneMessageNoLongerCounts() {
        Source s = Sources.at("2026-11-22T07:00", "li");
        recorder.apply(s, List.of(new MealCount("hunan", SUNDAY, "LUNCH", 20)));
        recorder.withdraw(s.messageRef(), Sources.at("2026-11-22T07:01", "li"));

        assertThat(hunan(lunch)).isEqualTo(new DinerCount(35, false, false, 0));
    }

    @Test
    void theSameMessageAppliedTwiceCountsOnce() {
        Source s = Sources.at("2026-11-22T07:00", "li");
        recorder.apply(s, List.of(new MealAdd("hunan", SUNDAY, "LUNCH", 5)));
        assertThat(recorder.apply(s, List.of(new MealAdd("hunan", SUNDAY, "LUNCH", 5)))
                        .repeated())
                .isTrue();

        assertThat(hunan(lunch).diners()).isEqualTo(40);
    }

    @Test
    void venuesTotalAgainstCapacityAndActualsAreComparedWithTheBooking() {
        ledger.recordActual(new ActualCount(SUNDAY, "LUNCH", "jiuyuan", 412, Sources.at("2026-11-22T14:00", "tian")));

        MealBoard board = boards.board(SUNDAY, lunch, Sources.instant("2026-11-22T14:00"));
        VenueBoard jiuyuan = board.venues().get(0);
        assertThat(jiuyuan.booked())
                .isEqualTo(42 + 30 + 36 + 28 + 45 + 33 + 40 + 31 + 26 + 34 + 38 + 29 + 32 + 27 + 41 + 39);
        assertThat(jiuyuan.overCapacity()).isTrue();
        assertThat(jiuyuan.difference()).isEqualTo(412 - jiuyuan.booked());
        assertThat(jiuyuan.differenceFlagged()).isTrue();
        assertThat(board.venues().get(1).actual()).isNull();
    }

    @Test
    void beforeArrivalAndAfterAPlannedDepartureNobodyIsExpected() {
        Event small = TestEvents.withPeople();
        MealBoards b = new MealBoards(small, new InMemoryLedger());
        Meal smallLunch = small.meal("LUNCH").orElseThrow();
        Meal smallDinner = small.meal("DINNER").orElseThrow();

        assertThat(b.board(LocalDate.of(2026, 11, 20), smallLunch, Sources.instant("2026-11-20T08:00"))
                        .total())
                .isEqualTo(50);
        assertThat(b.board(LocalDate.of(2026, 11, 20), smallDinner, Sources.instant("2026-11-20T08:00"))
                        .total())
                .isEqualTo(85);
        assertThat(b.board(
                                LocalDate.of(2026, 11, 26),
                                small.meal("BREAKFAST").orElseThrow(),
                                Sources.instant("2026-11-20T08:00"))
                        .total())
                .isEqualTo(85);
        assertThat(b.board(LocalDate.of(2026, 11, 26), smallLunch, Sources.instant("2026-11-20T08:00"))
                        .total())
                .isEqualTo(50);
    }

    @Test
    void aReportedLateArrivalReplacesThePlan() {
        Event small = TestEvents.withPeople();
        InMemoryLedger l = new InMemoryLedger();
        new Recorder(small, l, new InMemoryIssueBook())
                .apply(
                        Sources.at("2026-11-20T09:00", "li"),
                        List.of(new org.receptionbot.record.Arrival(
                                "hunan", LocalDate.of(2026, 11, 21), LocalTime.of(10, 0), null, "G99")));
        MealBoards b = new MealBoards(small, l);
        Meal smallDinner = small.meal("DINNER").orElseThrow();

        assertThat(b.count(LocalDate.of(2026, 11, 20), smallDinner, "hunan").diners())
                .isZero();
        assertThat(b.count(LocalDate.of(2026, 11, 21), small.meal("BREAKFAST").orElseThrow(), "hunan")
                        .diners())
                .isZero();
        assertThat(b.count(LocalDate.of(2026, 11, 21), small.meal("LUNCH").orElseThrow(), "hunan")
                        .diners())
                .isEqualTo(35);
    }

    private int totalSize() {
        return event.delegations().stream().mapToInt(d -> d.size()).sum();
    }
}
