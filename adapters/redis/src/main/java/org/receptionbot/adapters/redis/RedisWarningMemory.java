package org.receptionbot.adapters.redis;

import java.time.LocalDate;
import org.receptionbot.weather.WarningMemory;
import org.receptionbot.weather.WeatherWarning;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The weather warnings given, as members {@code 2026-11-23:COLD_DROP} of one set. */
final class RedisWarningMemory implements WarningMemory {
    private final StringRedisTemplate redis;

    RedisWarningMemory(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean firstTime(LocalDate date, WeatherWarning.Kind kind) {
        return Once.claim(redis, RedisKeys.warnings(), date + ":" + kind.name());
    }
}
