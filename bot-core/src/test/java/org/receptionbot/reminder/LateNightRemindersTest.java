package org.receptionbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;

/** 宵夜 taken on request, night by night: a night not reported counts 0, so its reminder chases nobody. */
class LateNightRemindersTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 21);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final ChatRef GROUP = new ChatRef("sandbox", "group");

    private final TimedJobs jobs = new TimedJobs(withLateNight());
    private final RecordingOutbox outbox = jobs.outbox;
    private final MealDeadlines deadlines = jobs.deadlines();

    @Test
    void aLateNightOrderOfAnEarlierNightIsNotChased() {
        report("hunan", "2026-11-21T18:00", new MealCount("hunan", FIRST, "LATE_NIGHT", 20));

        assertThat(warnAt("2026-11-22T18:30")).isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    void aLateNightOrderOfAnEarlierNightAloneSendsNoLockedBoard() {
        report("hunan", "2026-11-21T18:00", new MealCount("hunan", FIRST, "LATE_NIGHT", 20));

        Spoken locked = deadlines.fire(MealDeadlines.Kind.LOCK, DAY, "LATE_NIGHT", Sources.instant("2026-11-22T19:00"));

        assertThat(locked).isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    void noDelegationIsChasedForLateNightWhenNoneHasOrderedIt() {
        assertThat(warnAt("2026-11-22T18:30")).isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    void noLockedLateNightBoardIsSentWhenNobodyOrderedIt() {
        Spoken locked = deadlines.fire(MealDeadlines.Kind.LOCK, DAY, "LATE_NIGHT", Sources.instant("2026-11-22T19:00"));

        assertThat(locked).isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    void noLockedLateNightBoardIsSentWhenEveryOrderWasCancelled() {
        report("hunan", "2026-11-21T18:00", new MealCount("hunan", FIRST, "LATE_NIGHT", 20));
        report("hunan", "2026-11-22T12:00", new MealCancel("hunan", DAY, "LATE_NIGHT", null));

        Spoken locked = deadlines.fire(MealDeadlines.Kind.LOCK, DAY, "LATE_NIGHT", Sources.instant("2026-11-22T19:00"));

        assertThat(locked).isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    void aLateNightOrderOfTheDayStillSendsTheLockedBoard() {
        jobs.report("2026-11-22T12:00", "guizhou-wang", new MealCount("guizhou", DAY, "LATE_NIGHT", 6));

        Spoken locked = deadlines.fire(MealDeadlines.Kind.LOCK, DAY, "LATE_NIGHT", Sources.instant("2026-11-22T19:00"));

        assertThat(locked).isEqualTo(Spoken.SAID);
        assertThat(outbox.sent()).first().satisfies(r -> assertThat(r.text()).contains("贵州省代表团 6人", "合计：6人"));
    }

    @Test
    void aDelegationWhoseLastReportTookNoLateNightIsNotChased() {
        report("hunan", "2026-11-20T18:00", new MealCount("hunan", FIRST.minusDays(1), "LATE_NIGHT", 20));
        report("hunan", "2026-11-21T18:00", new MealCancel("hunan", FIRST, "LATE_NIGHT", null));

        assertThat(warnAt("2026-11-22T18:30")).isEqualTo(Spoken.NOTHING_TO_SAY);
    }

    @Test
    void theOtherMealsStillChaseEveryDelegationThereThatHasNotReported() {
        report("hunan", "2026-11-21T18:00", new MealCount("hunan", FIRST, "LATE_NIGHT", 20));

        deadlines.fire(MealDeadlines.Kind.WARN, DAY, "LUNCH", Sources.instant("2026-11-22T09:30"));

        assertThat(outbox.sentTo(GROUP))
                .singleElement()
                .satisfies(
                        r -> assertThat(r.text()).contains("湖南省代表团", "贵州省代表团").endsWith("截止时未报的，按全团人数准备。"));
    }

    private Spoken warnAt(String localTime) {
        return deadlines.fire(MealDeadlines.Kind.WARN, DAY, "LATE_NIGHT", Sources.instant(localTime));
    }

    private void report(String delegation, String at, MealRecord record) {
        jobs.report(at, delegation + "-li", record);
    }

    /** The small event with people, serving 宵夜 on request 21:30-23:00, counts due at 19:00. */
    @SuppressWarnings("unchecked")
    private static Event withLateNight() {
        Map<String, Object> tree =
                (Map<String, Object>) (Map<String, ?>) TestEvents.tree("/events/event-with-people.yml");
        List<Object> meals = new ArrayList<>((List<Object>) tree.get("meals"));
        meals.add(Map.of(
                "id", "LATE_NIGHT",
                "names", List.of("宵夜", "夜宵"),
                "serve", "21:30-23:00",
                "deadline", "19:00",
                "on_request", true));
        tree.put("meals", meals);
        return ((EventReading.Valid) EventReader.read("late-night", tree)).event();
    }
}
