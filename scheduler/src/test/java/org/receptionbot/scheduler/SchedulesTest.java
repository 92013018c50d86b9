package org.receptionbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;

class SchedulesTest {

    final Schedules shanghai = new Schedules(ZoneId.of("Asia/Shanghai"));

    @Test
    void givenJvmInUtcWhenDailyAtEightPmShanghaiThenFiresAtNoonUtc() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");

        Trigger trigger = fromNov1(shanghai.daily("weather-check", LocalTime.of(20, 0)));

        assertThat(trigger.getFireTimeAfter(Date.from(Instant.parse("2026-11-22T10:00:00Z"))))
                .isEqualTo(Date.from(Instant.parse("2026-11-22T12:00:00Z")));
        assertThat(trigger.getFireTimeAfter(Date.from(Instant.parse("2026-11-22T12:00:00Z"))))
                .isEqualTo(Date.from(Instant.parse("2026-11-23T12:00:00Z")));
    }

    @Test
    void givenEarlyMorningShanghaiThenFiresThePreviousUtcDay() {
        Trigger trigger = fromNov1(shanghai.daily("breakfast", LocalTime.of(6, 30)));

        assertThat(trigger.getFireTimeAfter(Date.from(Instant.parse("2026-11-22T12:00:00Z"))))
                .isEqualTo(Date.from(Instant.parse("2026-11-22T22:30:00Z")));
    }

    @Test
    void givenMissedRunThenFiresOnceOnRecovery() {
        assertThat(shanghai.daily("weather-check", LocalTime.of(20, 0)).getMisfireInstruction())
                .isEqualTo(org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    }

    static Trigger fromNov1(Trigger trigger) {
        return trigger.getTriggerBuilder()
                .startAt(Date.from(Instant.parse("2026-11-01T00:00:00Z")))
                .build();
    }
}
