package org.receptionbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.reminder.Reminder;
import org.receptionbot.reminder.ReminderStore;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.weather.WarningMemory;
import org.receptionbot.weather.WeatherWarning;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Custom reminders, weather warnings given and what the bot said on its own, across a Redis
 * restart. What every such store must do is checked by their contracts ({@code
 * RedisReminderStoreIT}, {@code RedisWarningMemoryIT}, {@code RedisSaidOnceIT}).
 */
class RedisTimedPartIT {
    private static final Instant DUE = Instant.parse("2026-11-22T23:30:00Z");

    @TempDir
    Path dataDir;

    private RedisFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) fixture.close();
    }

    @Test
    void remindersAndTheirIdsSurviveARestart() {
        ReminderStore store = RedisStore.reminderStore(connect());
        Reminder later = store.add(DUE.plusSeconds(3600), "领取参赛证", "田主任");
        Reminder first = store.add(DUE, "各代表团带好参赛证", "田主任");
        restart();

        ReminderStore after = RedisStore.reminderStore(fixture.connect());
        assertThat(after.all()).containsExactly(first, later);
        assertThat(after.find(first.id())).contains(first);
        assertThat(after.remove(first.id())).contains(first);
        assertThat(after.add(DUE, "新提醒", "向春梅").id()).isEqualTo(3);
    }

    @Test
    void aWarningAndASayingAreFirstOnlyOnceEvenAfterARestart() {
        StringRedisTemplate redis = connect();
        WarningMemory warnings = RedisStore.warningMemory(redis);
        SaidOnce said = RedisStore.saidOnce(redis);
        LocalDate day = LocalDate.of(2026, 11, 23);

        assertThat(warnings.firstTime(day, WeatherWarning.Kind.values()[0])).isTrue();
        assertThat(said.claim("warn:2026-11-23:LUNCH")).isTrue();
        restart();
        StringRedisTemplate again = fixture.connect();

        assertThat(RedisStore.warningMemory(again).firstTime(day, WeatherWarning.Kind.values()[0]))
                .isFalse();
        assertThat(RedisStore.saidOnce(again).claim("warn:2026-11-23:LUNCH")).isFalse();
    }

    private StringRedisTemplate connect() {
        fixture = new RedisFixture(dataDir);
        return fixture.connect();
    }

    private void restart() {
        fixture.close();
    }
}
