package org.receptionbot.adapters.redis;

import org.receptionbot.reminder.SaidOnce;
import org.springframework.data.redis.core.StringRedisTemplate;

/** What the bot said on its own, as members of one set; {@link Once} answers whether this caller was first. */
final class RedisSaidOnce implements SaidOnce {
    private final StringRedisTemplate redis;

    RedisSaidOnce(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean claim(String key) {
        return Once.claim(redis, RedisKeys.said(), key);
    }

    @Override
    public boolean said(String key) {
        return Boolean.TRUE.equals(redis.opsForSet().isMember(RedisKeys.said(), key));
    }
}
