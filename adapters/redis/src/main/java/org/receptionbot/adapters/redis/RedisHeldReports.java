package org.receptionbot.adapters.redis;

import java.time.LocalDate;
import java.util.Set;
import org.receptionbot.ledger.HeldReports;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The keys of held reports, a set per day ({@code SADD} is idempotent, so a re-send changes nothing). */
final class RedisHeldReports implements HeldReports {
    private final StringRedisTemplate redis;

    RedisHeldReports(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public void list(LocalDate day, String key) {
        redis.opsForSet().add(RedisKeys.held(day), key);
    }

    @Override
    public Set<String> keys(LocalDate day) {
        Set<String> keys = redis.opsForSet().members(RedisKeys.held(day));
        return keys == null ? Set.of() : Set.copyOf(keys);
    }
}
