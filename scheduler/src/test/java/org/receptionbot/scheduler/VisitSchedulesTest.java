package org.receptionbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.receptionbot.reminder.VisitNotices;

class VisitSchedulesTest {
    private static final Instant NOW = Instant.parse("2026-12-09T04:00:00Z"); // 12:00 in Shanghai
    private static final Instant LIST = Instant.parse("2026-12-09T07:00:00Z");
    private static final Instant ARRIVAL = Instant.parse("2026-12-09T08:30:00Z");

    private final Scheduler scheduler = ramScheduler();

    @AfterEach
    void shutdown() throws Exception {
        scheduler.shutdown();
    }

    @Test
    void eachRouteGetsItsListAndCountTriggersAndAMinutesLookForChangesUntilArrival() throws Exception {
        List<VisitNotices.Due> ahead = List.of(
                new VisitNotices.Due(VisitNotices.Kind.COUNT, "beihai", Instant.parse("2026-12-09T06:00:00Z")),
                new VisitNotices.Due(VisitNotices.Kind.LIST, "beihai", LIST));
        List<VisitNotices.Window> windows = List.of(new VisitNotices.Window("beihai", LIST, ARRIVAL));

        new VisitSchedules().register(scheduler, ahead, windows, NOW);
        new VisitSchedules().register(scheduler, ahead, windows, NOW);

        assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(Schedules.GROUP)))
                .extracting(TriggerKey::getName)
                .containsExactlyInAnyOrder("visit-count-beihai", "visit-list-beihai", "visit-update-beihai");
        Trigger list = scheduler.getTrigger(new TriggerKey("visit-list-beihai", Schedules.GROUP));
        assertThat(list.getStartTime()).isEqualTo(Date.from(LIST));
        assertThat(list.getJobDataMap().getString("kind")).isEqualTo("LIST");
        SimpleTrigger update =
                (SimpleTrigger) scheduler.getTrigger(new TriggerKey("visit-update-beihai", Schedules.GROUP));
        assertThat(update.getStartTime()).isEqualTo(Date.from(LIST.plusSeconds(60)));
        assertThat(update.getRepeatInterval()).isEqualTo(60_000);
        assertThat(update.getEndTime()).isEqualTo(Date.from(ARRIVAL));
    }

    @Test
    void aRouteAlreadyArrivedGetsNoLookForChanges() throws Exception {
        new VisitSchedules()
                .register(
                        scheduler,
                        List.of(),
                        List.of(new VisitNotices.Window("beihai", LIST, ARRIVAL)),
                        ARRIVAL.plusSeconds(1));

        assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(Schedules.GROUP)))
                .isEmpty();
    }

    private static Scheduler ramScheduler() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "visits-" + System.nanoTime());
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        try {
            return new StdSchedulerFactory(p).getScheduler();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
