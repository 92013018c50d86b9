package org.receptionbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.MealSnapshot;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.Sources;

/** 宵夜 taken on request, night by night: a delegation that says nothing for a day counts 0, whatever it ordered before. */
class OnRequestMealBoardTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final Event event = TestEvents.lateNightOnRequest();
    private final Meal lateNight = event.meal("LATE_NIGHT").orElseThrow();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final Recorder recorder = new Recorder(event, ledger, new InMemoryIssueBook());
    private final MealBoards boards = new MealBoards(event, ledger);

    private void say(String at, Record... records) {
        recorder.apply(Sources.at(at, "li"), List.of(records));
    }

    private MealBoard sunday() {
        return boards.board(SUNDAY, lateNight, Sources.instant("2026-11-22T19:00"));
    }

    private DelegationDiners line(MealBoard board, String delegation) {
        return board.venues().stream()
                .flatMap(v -> v.delegations().stream())
                .filter(d -> d.delegation().id().equals(delegation))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withNoReportAtAllNobodyIsCountedAndNobodyIsChased() {
        MealBoard board = sunday();

        assertThat(board.total()).isZero();
        assertThat(board.notReported()).isEmpty();
        assertThat(line(board, "hunan").carried()).isTrue();
    }

    @Test
    void anEarlierNightsReportIsNotCarriedToASilentNight() {
        say("2026-11-20T18:00", new MealCount("hunan", FRIDAY, "LATE_NIGHT", 20));
        say(
                "2026-11-21T18:00",
                new MealCount("hunan", SATURDAY, "LATE_NIGHT", 12),
                new MealAdd("hunan", SATURDAY, "LATE_NIGHT", 3));

        MealBoard board = sunday();

        assertThat(line(board, "hunan").count().diners()).isZero();
        assertThat(board.total()).isZero();
        assertThat(board.notReported()).isEmpty();
        assertThat(boards.count(SUNDAY, lateNight, "hunan").diners()).isZero();
        assertThat(boards.count(SATURDAY, lateNight, "hunan").diners()).isEqualTo(15);
    }

    @Test
    void aDelegationWhoseLastReportTookNoneCountsAsZeroAndIsNotChased() {
        say("2026-11-20T18:00", new MealCount("hunan", FRIDAY, "LATE_NIGHT", 20));
        say("2026-11-21T18:00", new MealCancel("hunan", SATURDAY, "LATE_NIGHT", null));

        assertThat(line(sunday(), "hunan").count().diners()).isZero();
        assertThat(sunday().notReported()).isEmpty();
    }

    @Test
    void aReportForTheDayIsTakenAsItIsAndNotMarkedCarried() {
        say("2026-11-21T18:00", new MealCount("hunan", SATURDAY, "LATE_NIGHT", 20));
        say("2026-11-22T18:00", new MealCount("hunan", SUNDAY, "LATE_NIGHT", 8));

        DelegationDiners hunan = line(sunday(), "hunan");

        assertThat(hunan.count().diners()).isEqualTo(8);
        assertThat(hunan.carried()).isFalse();
        assertThat(sunday().notReported()).isEmpty();
    }

    @Test
    void theRegularMealsStillCountASilentDelegationAtItsFullSize() {
        say("2026-11-21T09:00", new MealCount("hunan", SATURDAY, "LUNCH", 20));
        Meal lunch = event.meal("LUNCH").orElseThrow();

        MealBoard board = boards.board(SUNDAY, lunch, Sources.instant("2026-11-22T08:00"));

        assertThat(line(board, "hunan").count().diners()).isEqualTo(35);
        assertThat(line(board, "hunan").carried()).isFalse();
        assertThat(board.notReported()).hasSize(32);
    }

    @Test
    void theBoardTextSaysOnlyTheDaysReportsCount() {
        say("2026-11-21T18:00", new MealCount("hunan", SATURDAY, "LATE_NIGHT", 20));
        say("2026-11-22T17:00", new MealCount("guizhou", SUNDAY, "LATE_NIGHT", 6));

        String text = new MealBoardText(new RecordText(event)).render(sunday());

        assertThat(text)
                .contains("贵州省代表团 6人", "合计：6人")
                .contains("宵夜按需报送：只计当天所报人数，当天未报的代表团按0人计，此前所报不顺延。")
                .doesNotContain("湖南省代表团 20人", "按上次所报", "未报餐", "按全团计");
    }

    @Test
    void theBoardTextListsOnlyTheDelegationsThatTakeTheMealAndSumsUpTheRest() {
        say("2026-11-22T18:00", new MealCount("hunan", SUNDAY, "LATE_NIGHT", 20));

        String text = new MealBoardText(new RecordText(event)).render(sunday());

        assertThat(text).doesNotContain(" 0人\n").contains("湖南省代表团 20人").containsPattern("其余\\d+个代表团0人");
        assertThat(text.lines().filter(l -> l.endsWith("代表团0人")))
                .hasSizeLessThanOrEqualTo(sunday().venues().size());
    }

    @Test
    void aRegularBoardTextHasNoOnRequestLine() {
        Meal lunch = event.meal("LUNCH").orElseThrow();

        String text = new MealBoardText(new RecordText(event))
                .render(boards.board(SUNDAY, lunch, Sources.instant("2026-11-22T08:00")));

        assertThat(text).contains("按全团计").doesNotContain("按需报送", "按上次所报");
    }

    @Test
    void anAdditionOnADayWithNoCountStartsFromZeroNotTheLastReportNorTheFullSize() {
        say("2026-11-21T18:00", new MealCount("hunan", SATURDAY, "LATE_NIGHT", 20));
        say("2026-11-22T18:00", new MealAdd("hunan", SUNDAY, "LATE_NIGHT", 2));

        DelegationDiners hunan = line(sunday(), "hunan");

        assertThat(hunan.count().diners()).isEqualTo(2);
        assertThat(hunan.count().carried()).isEqualTo(new DinerCount.Carried(0, false));
        assertThat(sunday().total()).isEqualTo(2);
        assertThat(boards.count(SUNDAY, lateNight, "hunan").diners()).isEqualTo(2);
    }

    @Test
    void aCancellationOnADayWithNoCountStartsFromZeroAndStopsThere() {
        say("2026-11-21T18:00", new MealCount("hunan", SATURDAY, "LATE_NIGHT", 3));
        say("2026-11-22T18:00", new MealCancel("hunan", SUNDAY, "LATE_NIGHT", 2));
        say("2026-11-22T18:00", new MealCancel("guizhou", SUNDAY, "LATE_NIGHT", 2));

        assertThat(line(sunday(), "hunan").count().diners()).isZero();
        assertThat(line(sunday(), "guizhou").count().diners()).isZero();
        assertThat(line(sunday(), "guizhou").count().clipped()).isTrue();
    }

    @Test
    void aChangeOnADayWithNoCountStaysOnThatDay() {
        say("2026-11-20T18:00", new MealCount("hunan", FRIDAY, "LATE_NIGHT", 20));
        say("2026-11-21T18:00", new MealAdd("hunan", SATURDAY, "LATE_NIGHT", 2));

        assertThat(boards.count(SATURDAY, lateNight, "hunan").diners()).isEqualTo(2);
        assertThat(line(sunday(), "hunan").count().diners()).isZero();
    }

    @Test
    void theMessageSnapshotSeesTheSameFiguresAsTheBoard() {
        say("2026-11-21T18:00", new MealCount("hunan", SATURDAY, "LATE_NIGHT", 20));
        Record add = new MealAdd("hunan", SUNDAY, "LATE_NIGHT", 2);
        MealSnapshot before = MealSnapshot.of(event, ledger, List.of(add));
        say("2026-11-22T18:00", add);
        MealSnapshot after = MealSnapshot.of(event, ledger, List.of(add));
        MealSnapshot.Serving serving = new MealSnapshot.Serving("hunan", SUNDAY, "LATE_NIGHT");

        assertThat(before.count(serving).diners()).isZero();
        assertThat(after.count(serving).diners()).isEqualTo(2);
        assertThat(new ChangeText(event).effect((MealAdd) add, before.count(serving), after.count(serving)))
                .isEqualTo("（0人→2人，当天未报宵夜，按0人加2人）");
    }

    @Test
    void theAnswerSaysACancellationWithNoEarlierReportWasHeldAtZero() {
        Record cancel = new MealCancel("hunan", SUNDAY, "LATE_NIGHT", 2);
        MealSnapshot before = MealSnapshot.of(event, ledger, List.of(cancel));
        say("2026-11-22T18:00", cancel);
        MealSnapshot.Serving serving = new MealSnapshot.Serving("hunan", SUNDAY, "LATE_NIGHT");
        DinerCount now = MealSnapshot.of(event, ledger, List.of(cancel)).count(serving);

        assertThat(new ChangeText(event).effect((MealCancel) cancel, before.count(serving), now))
                .isEqualTo("（0人→0人，当天未报宵夜，按0人减2人，⚠减少的人数超过现有人数，已按0人计，请核实）");
    }

    @Test
    void aRegularMealsAdditionStillStartsFromTheFullSize() {
        say("2026-11-21T09:00", new MealCount("hunan", SATURDAY, "LUNCH", 20));
        say("2026-11-22T09:00", new MealAdd("hunan", SUNDAY, "LUNCH", 2));

        DinerCount hunan = boards.count(SUNDAY, event.meal("LUNCH").orElseThrow(), "hunan");

        assertThat(hunan.diners()).isEqualTo(37);
        assertThat(hunan.carried()).isNull();
    }
}
