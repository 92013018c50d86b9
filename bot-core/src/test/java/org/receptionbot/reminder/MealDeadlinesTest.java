package org.receptionbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;

class MealDeadlinesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final ChatRef GROUP = new ChatRef("sandbox", "group");
    private static final ChatRef COORDINATORS = new ChatRef("sandbox", "coordinators");

    private final TimedJobs jobs = new TimedJobs(TestEvents.withPeople());
    private final RecordingOutbox outbox = jobs.outbox;
    private final MealDeadlines deadlines = jobs.deadlines();

    @Test
    void beforeTheDeadlineTheGroupIsToldExactlyWhoHasNotReportedWithTheirLiaisons() {
        report("hunan", 30, "2026-11-22T08:10");

        Spoken spoken = deadlines.fire(MealDeadlines.Kind.WARN, DAY, "LUNCH", Sources.instant("2026-11-22T09:30"));

        assertThat(spoken).isEqualTo(Spoken.SAID);
        assertThat(outbox.sentTo(GROUP))
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .startsWith("【报餐提醒】11月22日（周日）午餐报餐将于10:00截止，以下1个代表团尚未报餐：")
                        .contains("贵州省代表团（联络员 王强）")
                        .doesNotContain("湖南"));
    }

    @Test
    void whenEveryoneHasReportedNothingIsSaid() {
        report("hunan", 30, "2026-11-22T08:10");
        report("guizhou", 48, "2026-11-22T08:20");

        assertThat(deadlines.fire(MealDeadlines.Kind.WARN, DAY, "LUNCH", Sources.instant("2026-11-22T09:30")))
                .isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    void atTheDeadlineTheLockedBoardGoesToTheCoordinatorsOnce() {
        report("hunan", 30, "2026-11-22T08:10");
        Instant ten = Sources.instant("2026-11-22T10:00");

        assertThat(deadlines.fire(MealDeadlines.Kind.LOCK, DAY, "LUNCH", ten)).isEqualTo(Spoken.SAID);
        assertThat(deadlines.fire(MealDeadlines.Kind.LOCK, DAY, "LUNCH", ten)).isEqualTo(Spoken.ALREADY_SAID);

        assertThat(outbox.sentTo(COORDINATORS))
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .startsWith("【报餐截止】11月22日（周日）午餐 用餐人数（已过报餐截止时间）")
                        .contains("合计：80人\n", "湖南省代表团 30人（计划35人）", "未报（按全团计）：共1个团50人")
                        .contains("未报餐（1个，按全团计）：贵州省代表团"));
        assertThat(outbox.sentTo(GROUP)).isEmpty();
    }

    @Test
    void whatComesTooLateToHelpIsSkipped() {
        assertThat(deadlines.fire(MealDeadlines.Kind.WARN, DAY, "LUNCH", Sources.instant("2026-11-22T10:05")))
                .isEqualTo(Spoken.TOO_LATE);
        assertThat(deadlines.fire(MealDeadlines.Kind.LOCK, DAY, "LUNCH", Sources.instant("2026-11-22T11:30")))
                .isEqualTo(Spoken.TOO_LATE);
        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    void aReminderThatCanOnlyBeSaidAfterItsDeadlineIsNotSaidAndTheLockedBoardNamesWhoDidNotReport() {
        // due at 09:30; the bot (or Redis) is back at 10:01
        report("hunan", 30, "2026-11-22T08:10");

        assertThat(deadlines.fire(
                        MealDeadlines.Kind.WARN,
                        DAY,
                        "LUNCH",
                        Sources.instant("2026-11-22T09:30"),
                        Sources.instant("2026-11-22T10:01")))
                .isEqualTo(Spoken.TOO_LATE);
        assertThat(deadlines.fire(
                        MealDeadlines.Kind.LOCK,
                        DAY,
                        "LUNCH",
                        Sources.instant("2026-11-22T10:00"),
                        Sources.instant("2026-11-22T10:01")))
                .isEqualTo(Spoken.SAID);

        assertThat(outbox.sentTo(GROUP)).isEmpty();
        assertThat(outbox.sent())
                .noneMatch(r -> r.text().contains("【报餐提醒】"))
                .allSatisfy(r -> assertThat(r.text()).startsWith("【报餐截止】").contains("未报餐（1个，按全团计）：贵州省代表团"));
    }

    @Test
    void aReminderSaidLateButBeforeItsDeadlineSpeaksOfTheDeadlineAsAhead() {
        assertThat(deadlines.fire(
                        MealDeadlines.Kind.WARN,
                        DAY,
                        "LUNCH",
                        Sources.instant("2026-11-22T09:30"),
                        Sources.instant("2026-11-22T09:50")))
                .isEqualTo(Spoken.SAID);

        assertThat(outbox.sentTo(GROUP))
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .startsWith("【报餐提醒】11月22日（周日）午餐报餐将于10:00截止，以下2个代表团尚未报餐：")
                        .endsWith("请联络员尽快报送人数；截止时未报的，按全团人数准备。"));
    }

    @Test
    void whatComesTooLateIsDecidedBeforeTheStoreIsUsed() {
        MealDeadlines storeDown = jobs.deadlines(key -> {
            throw new IllegalStateException("Redis is down");
        });

        assertThat(storeDown.fire(MealDeadlines.Kind.WARN, DAY, "LUNCH", Sources.instant("2026-11-22T10:00")))
                .isEqualTo(Spoken.TOO_LATE);
        assertThat(storeDown.fire(MealDeadlines.Kind.LOCK, DAY, "LUNCH", Sources.instant("2026-11-22T12:00")))
                .isEqualTo(Spoken.TOO_LATE);
    }

    @Test
    void theMomentsAheadAreInTheEventsZoneWhateverTheServersAndIncludeTheDayBeforeDeadlines() {
        List<MealDeadlines.Due> ahead = deadlines.ahead(Sources.instant("2026-11-25T20:00"));

        // Breakfast of the 26th is due at 21:00 on the 25th (-1d 21:00): 13:00Z, warned at 12:30Z.
        assertThat(ahead.get(0))
                .isEqualTo(new MealDeadlines.Due(
                        MealDeadlines.Kind.WARN,
                        LocalDate.of(2026, 11, 26),
                        "BREAKFAST",
                        Instant.parse("2026-11-25T12:30:00Z")));
        assertThat(ahead.get(1).at()).isEqualTo(Instant.parse("2026-11-25T13:00:00Z"));
        assertThat(ahead).extracting(MealDeadlines.Due::at).isSorted();
        // the 26th's three meals only: no team is planned to leave after the last day (贵州 plans no departure)
        assertThat(ahead).hasSize(6);
        assertThat(ahead.get(ahead.size() - 1).date()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    private void report(String delegation, int count, String at) {
        jobs.report(at, delegation + "-li", new MealCount(delegation, DAY, "LUNCH", count));
    }
}
