package org.receptionbot.adapters.redis;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Which event the store holds: {@code rb:{event}:identity}, a string written by the first start on an
 * empty store ({@code SET NX}, so a re-sent write changes nothing) and read by every start after.
 */
final class RedisEventMark {

    private final StringRedisTemplate redis;

    RedisEventMark(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Marks the store with {@code identity} unless it already holds an event; returns the event it holds. */
    String claim(String identity) {
        redis.opsForValue().setIfAbsent(RedisKeys.eventIdentity(), identity);
        String held = redis.opsForValue().get(RedisKeys.eventIdentity());
        return held == null ? identity : held;
    }

    /** Marks the store with {@code identity} whatever it held (the same event, renamed or moved). */
    void replace(String identity) {
        redis.opsForValue().set(RedisKeys.eventIdentity(), identity);
    }
}
