package org.receptionbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;

class CatchUpTest {
    private final TimedJobs jobs = new TimedJobs(TestEvents.withPeople());
    private final Event event = jobs.event;
    private final RecordingOutbox outbox = jobs.outbox;
    private final Reminders reminders = jobs.reminders();
    private final CatchUp catchUp = jobs.catchUp(reminders);

    @Test
    void movingPastTheDeadlineLeadSaysWhoHasNotReportedAndNothingElse() {
        catchUp.between(Sources.instant("2026-11-22T09:20"), Sources.instant("2026-11-22T09:35"));

        assertThat(texts()).singleElement().asString().startsWith("【报餐提醒】11月22日（周日）午餐报餐将于10:00截止");
    }

    @Test
    void aJumpThatLandsBeforeTheDeadlineStillSaysTheReminderLate() {
        catchUp.between(Sources.instant("2026-11-22T09:20"), Sources.instant("2026-11-22T09:55"));

        assertThat(texts()).singleElement().asString().startsWith("【报餐提醒】11月22日（周日）午餐报餐将于10:00截止");
    }

    @Test
    void aJumpPastTheDeadlineSaysNoReminderAfterTheFactButTheLockedBoardNamingWhoDidNotReport() {
        catchUp.between(Sources.instant("2026-11-22T09:20"), Sources.instant("2026-11-22T10:05"));

        assertThat(texts()).noneMatch(t -> t.startsWith("【报餐提醒】") || t.contains("已于10:00截止"));
        assertThat(texts())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t).startsWith("【报餐截止】11月22日（周日）午餐").contains("未报餐（2个，按全团计）：湖南省代表团、贵州省代表团"));
    }

    @Test
    void aJumpOverSeveralMomentsDoesEachInOrderAtItsOwnTime() {
        reminders.create(event.coordinators().get(0), "11月22日10:15 各代表团带好参赛证", Sources.instant("2026-11-22T09:00"));

        catchUp.between(Sources.instant("2026-11-22T09:20"), Sources.instant("2026-11-22T11:00"));

        assertThat(texts()).extracting(t -> t.substring(0, t.indexOf('】') + 1)).containsExactly("【报餐截止】", "【提醒】");
        assertThat(reminders.list().text()).isEqualTo("目前没有待发的提醒。");
    }

    @Test
    void aJumpPastAMealsServingSaysNeitherItsReminderNorItsLockedBoard() {
        catchUp.between(Sources.instant("2026-11-22T09:20"), Sources.instant("2026-11-22T11:30"));

        assertThat(texts()).noneMatch(t -> t.contains("午餐"));
    }

    @Test
    void aJumpPastSeveralMealsSaysOnlyWhatIsStillDue() {
        reminders.create(event.coordinators().get(0), "11月22日19:50 各代表团带好参赛证", Sources.instant("2026-11-22T09:00"));

        catchUp.between(Sources.instant("2026-11-22T09:20"), Sources.instant("2026-11-22T20:05"));

        assertThat(texts()).noneMatch(t -> t.startsWith("【报餐"));
        assertThat(texts()).extracting(t -> t.substring(0, t.indexOf('】') + 1)).containsSubsequence("【提醒】", "【明日安排】");
    }

    @Test
    void theLockedBoardIsStillSaidLateWhileTheMealIsNotYetServed() {
        MealDeadlines deadlines = jobs.deadlines();
        java.time.LocalDate sunday = java.time.LocalDate.of(2026, 11, 22);

        assertThat(deadlines.fire(
                        MealDeadlines.Kind.LOCK,
                        sunday,
                        "LUNCH",
                        Sources.instant("2026-11-22T10:00"),
                        Sources.instant("2026-11-22T11:30")))
                .isEqualTo(Spoken.TOO_LATE);
        assertThat(deadlines.fire(
                        MealDeadlines.Kind.LOCK,
                        sunday,
                        "LUNCH",
                        Sources.instant("2026-11-22T10:00"),
                        Sources.instant("2026-11-22T11:29")))
                .isEqualTo(Spoken.SAID);
    }

    @Test
    void whatWasSaidStaysSilentWhenTheSameTimeIsRehearsedAgain() {
        catchUp.between(Sources.instant("2026-11-22T09:20"), Sources.instant("2026-11-22T10:05"));
        int before = outbox.sent().size();

        catchUp.between(Sources.instant("2026-11-22T09:20"), Sources.instant("2026-11-22T10:05"));

        assertThat(before).isPositive();
        assertThat(outbox.sent()).hasSize(before);
    }

    private List<String> texts() {
        return outbox.sent().stream().map(Reply::text).toList();
    }
}
